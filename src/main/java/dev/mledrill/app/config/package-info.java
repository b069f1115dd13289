/**
 * The configuration file and its environment overrides, read into immutable records and checked
 * once at start (channels, schedules, streak policy, platform URLs, retention).
 */
package dev.mledrill.app.config;
