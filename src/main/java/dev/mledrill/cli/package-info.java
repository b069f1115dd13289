/**
 * The command line ({@code mle-drill ...}, picocli): one class per command, errors as one line with
 * a documented exit code.
 */
package dev.mledrill.cli;
