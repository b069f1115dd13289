/**
 * When to post: cron schedules in each channel's zone, skip dates, answer windows, the claim that
 * makes a post happen exactly once across instances, catch-up after a restart, and wrap-ups.
 */
package dev.mledrill.schedule;
