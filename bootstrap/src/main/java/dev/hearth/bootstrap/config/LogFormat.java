package dev.hearth.bootstrap.config;

/** How log lines are written. */
public enum LogFormat {
    /** One line per event for people reading a terminal. */
    TEXT,
    /** One JSON object per line for log collectors. */
    JSON
}
