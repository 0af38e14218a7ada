/** The picocli command line: each command parses its arguments, calls the core, and returns an exit code. */
package org.paperkg.cli;
