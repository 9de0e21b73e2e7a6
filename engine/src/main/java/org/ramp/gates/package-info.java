/**
 * Quality gates on run summaries: {@link org.ramp.gates.QualityGate} (a metric, a threshold, an absolute or
 * reference baseline, a criticality), {@link org.ramp.gates.GateSpecs} (gates from text or maps) and
 * {@link org.ramp.gates.GateEvaluation} (every gate on every run of a build, and the outcome). No Docker,
 * no Jenkins.
 */
package org.ramp.gates;
