package io.github.portfoliosdk.model.internal.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the known name a misspelt one was probably meant to be ("headlin" → "headline", "dropout-radr" →
 * "dropout-radar"), for "did you mean" in messages: the model's references and the readers' property names.
 */
public final class Suggestions {

    private Suggestions() {
    }

    /** The closest of {@code known} to {@code typed}, when close enough to be a likely typo. */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String wanted = normalize(typed);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String normalized = normalize(candidate);
            int distance = normalized.equals(wanted) ? 0 : 1 + distance(wanted, normalized);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int allowed = Math.min(3, 1 + wanted.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** Case, '_', '-' and spaces do not count: {@code work_mode} is close to {@code workMode}. */
    private static String normalize(String name) {
        StringBuilder text = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != '-' && c != ' ') {
                text.append(c);
            }
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    /** Edit distance counting insertions, deletions, substitutions and swaps of neighbours as one each. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
            }
        }
        return d[a.length()][b.length()];
    }
}
