package jmlir.cli.differential;

import java.util.ArrayList;
import java.util.List;

/** A line diff in unified format (as {@code diff -u} prints it), for test failure messages. */
final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    private enum Kind { SAME, DELETE, INSERT }

    private record Edit(Kind kind, int oldLine, int newLine, String text) {
    }

    static String of(String expectedName, String expected, String actualName, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        List<Edit> edits = edits(a, b);
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(expectedName).append('\n').append("+++ ").append(actualName).append('\n');
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).kind() == Kind.SAME) {
                i++;
                continue;
            }
            // A hunk: from CONTEXT lines before the change to CONTEXT lines after the last change
            // that is at most 2*CONTEXT unchanged lines from the previous one.
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            int lastChange = i;
            while (end < edits.size() && end - lastChange <= 2 * CONTEXT) {
                if (edits.get(end).kind() != Kind.SAME) lastChange = end;
                end++;
            }
            end = Math.min(edits.size(), lastChange + CONTEXT + 1);
            appendHunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk) {
        int oldStart = -1;
        int newStart = -1;
        int oldCount = 0;
        int newCount = 0;
        for (Edit e : hunk) {
            if (e.kind() != Kind.INSERT) {
                if (oldStart < 0) oldStart = e.oldLine();
                oldCount++;
            }
            if (e.kind() != Kind.DELETE) {
                if (newStart < 0) newStart = e.newLine();
                newCount++;
            }
        }
        out.append("@@ -").append(oldStart < 0 ? 0 : oldStart + 1).append(',').append(oldCount)
                .append(" +").append(newStart < 0 ? 0 : newStart + 1).append(',').append(newCount).append(" @@\n");
        for (Edit e : hunk) {
            out.append(switch (e.kind()) {
                case SAME -> ' ';
                case DELETE -> '-';
                case INSERT -> '+';
            }).append(e.text()).append('\n');
        }
    }

    /** The shortest edit script by a longest-common-subsequence table (inputs are small). */
    private static List<Edit> edits(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(Kind.SAME, i, j, a.get(i)));
                i++;
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit(Kind.DELETE, i, j, a.get(i)));
                i++;
            } else {
                edits.add(new Edit(Kind.INSERT, i, j, b.get(j)));
                j++;
            }
        }
        return edits;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) lines.removeLast();
        return lines;
    }
}
