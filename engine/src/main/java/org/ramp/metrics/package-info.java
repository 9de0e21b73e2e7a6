/**
 * RAMP's metrics (see {@code ../shared/RAMP.md}, section "Metrics"): the scores of the six stages
 * and a run's totals in, pipeline score, mean reward, pass score, stage, strict end-to-end score and
 * the Agent Efficiency Index out; and readers for the published CSV and for a run's result file.
 * No Docker, no Jenkins.
 */
package org.ramp.metrics;
