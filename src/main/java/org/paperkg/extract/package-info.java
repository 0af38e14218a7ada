/** Turns a paper's title and abstract into entity mentions, roles, code links and claimed results: CoreNLP, then a pipeline of rule stages over lexicons and cue words ({@code ExtractionPipeline}), then learned models. */
package org.paperkg.extract;
