/** Turns a paper's title and abstract into entity mentions, roles, code links and claimed results (CoreNLP plus rules and lexicons). */
package org.paperkg.extract;
