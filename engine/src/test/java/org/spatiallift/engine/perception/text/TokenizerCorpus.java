package org.spatiallift.engine.perception.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer comparison corpus (tokenizer-corpus.tsv beside this class; docs/decisions/0030): QA questions and
 * answers, label lists, prompts, captions, chat questions with typos, accents, scripts, emoji, symbols, white space,
 * control characters and long texts. Each line is GROUP, a tab, TEXT; TEXT uses the escapes \t \n \r \\ and \\uXXXX.
 */
public final class TokenizerCorpus {

    /** One string of the corpus and the group it belongs to. */
    public record Entry(int line, String group, String text) {
    }

    private TokenizerCorpus() {
    }

    public static List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        try (InputStream in = TokenizerCorpus.class.getResourceAsStream("tokenizer-corpus.tsv")) {
            if (in == null) {
                throw new IllegalStateException("tokenizer-corpus.tsv is not on the test class path");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    throw new IllegalStateException("tokenizer-corpus.tsv line " + (i + 1) + " has no tab: " + line);
                }
                out.add(new Entry(i + 1, line.substring(0, tab), unescape(line.substring(tab + 1))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char n = s.charAt(++i);
            switch (n) {
                case 't' -> sb.append('\t');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case '\\' -> sb.append('\\');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> sb.append('\\').append(n);
            }
        }
        return sb.toString();
    }
}
