/**
 * Personal data: export, erasure ({@code forget}) and answer-text retention.
 */
package dev.mledrill.privacy;
