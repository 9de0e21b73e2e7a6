/**
 * What builds keep of their runs and what is drawn from it: {@link org.ramp.history.RunSummary} (a small,
 * stable summary of one run), {@link org.ramp.history.Trends} (Chart.js series across builds) and
 * {@link org.ramp.history.Leaderboard} (the runs of one build ranked). Nothing here reads more than the
 * summaries it is given; no Docker, no Jenkins.
 */
package org.ramp.history;
