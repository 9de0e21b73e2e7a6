package io.jenkins.plugins.ramp.actions;

import java.util.List;

/** The table of gate results a page includes ({@code GateTable/table.jelly}), for a build or one run. */
public final class GateTable {
    private final List<GateRow> rows;

    GateTable(List<GateRow> rows) {
        this.rows = List.copyOf(rows);
    }

    public List<GateRow> getRows() {
        return rows;
    }
}
