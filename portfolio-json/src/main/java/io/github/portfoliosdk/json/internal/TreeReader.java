package io.github.portfoliosdk.json.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Reads a Jackson token stream (YAML or JSON) into a {@link Tree} that remembers positions. Reports duplicate
 * property names, YAML tags and unknown aliases and goes on; stops at a syntax error or at a {@link Limits limit}.
 * YAML aliases are resolved by sharing the anchored value, counted against {@link Limits#MAX_VALUES}.
 */
public final class TreeReader {

    private static final String YAML_TAG_PREFIX = "tag:yaml.org,2002:";
    private static final Set<String> PLAIN_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq");

    private final JsonParser parser;
    private final YAMLParser yaml;
    private final Problems problems;
    private final Map<String, Anchored> anchors = new HashMap<>();
    private int values;

    private TreeReader(JsonParser parser, Problems problems) {
        this.parser = parser;
        this.yaml = parser instanceof YAMLParser yamlParser ? yamlParser : null;
        this.problems = problems;
    }

    /**
     * Reads the one document of this parser.
     *
     * @return the document, or null when it could not be read (the reason is in {@code problems})
     */
    public static Tree read(JsonParser parser, Problems problems) {
        return new TreeReader(parser, problems).readDocument();
    }

    private Tree readDocument() {
        try {
            if (parser.nextToken() == null) {
                problems.add(new Tree.Position(1, 1), "", "the document is empty");
                return null;
            }
            Tree root = readValue("", 0);
            if (parser.nextToken() != null) {
                problems.add(position(parser.currentTokenLocation()), "", yaml != null
                        ? "a second YAML document is not allowed; one file holds one portfolio"
                        : "unexpected content after the end of the document");
            }
            return root;
        } catch (StopReading e) {
            return null;
        } catch (StreamConstraintsException e) {
            String message = e.getOriginalMessage();
            int end = message.indexOf(" (from `");
            problems.add(position(e.getLocation()), "", "the input exceeds a safety limit: "
                    + (end < 0 ? message : message.substring(0, end)));
            return null;
        } catch (JacksonException e) {
            syntaxError(e);
            return null;
        }
    }

    private Tree readValue(String path, int depth) {
        JsonToken token = parser.currentToken();
        Tree.Position position = position(parser.currentTokenLocation());
        String anchor = null;
        boolean tagReported = false;
        if (yaml != null) {
            anchor = yaml.getObjectId();
            tagReported = checkTag(yaml.getTypeId(), position, path);
            if (yaml.isCurrentAlias()) {
                return alias(yaml.getString(), position, path);
            }
        }
        int valuesBefore = values;
        count(position);
        Tree tree = switch (token) {
            case START_OBJECT -> readMapping(position, path, depth + 1);
            case START_ARRAY -> readSequence(position, path, depth + 1);
            case VALUE_STRING -> string(position, path);
            case VALUE_NUMBER_INT -> new Tree.Scalar(position, Tree.ScalarKind.INTEGER, parser.getString());
            case VALUE_NUMBER_FLOAT -> new Tree.Scalar(position, Tree.ScalarKind.DECIMAL, parser.getString());
            case VALUE_TRUE, VALUE_FALSE -> new Tree.Scalar(position, Tree.ScalarKind.BOOLEAN, parser.getString());
            case VALUE_NULL -> new Tree.Scalar(position, Tree.ScalarKind.NULL, null);
            default -> {
                if (!tagReported) {
                    problems.add(position, path, "this kind of value is not supported here");
                }
                yield new Tree.Scalar(position, Tree.ScalarKind.NULL, null);
            }
        };
        if (anchor != null) {
            anchors.put(anchor, new Anchored(tree, values - valuesBefore));
        }
        return tree;
    }

    private Tree.Mapping readMapping(Tree.Position position, String path, int depth) {
        checkDepth(position, path, depth);
        List<Tree.Entry> entries = new ArrayList<>();
        Map<String, Tree.Position> seen = new HashMap<>();
        while (parser.nextToken() != JsonToken.END_OBJECT) {
            String name = parser.currentName();
            Tree.Position namePosition = position(parser.currentTokenLocation());
            String childPath = path.isEmpty() ? name : path + "." + name;
            parser.nextToken();
            Tree value = readValue(childPath, depth);
            Tree.Position first = seen.putIfAbsent(name, namePosition);
            if (first != null) {
                problems.add(namePosition, childPath, "duplicate property '" + name + "', already given at line "
                        + first.line() + ", column " + first.column());
            } else {
                entries.add(new Tree.Entry(name, namePosition, value));
            }
        }
        return new Tree.Mapping(position, entries);
    }

    private Tree.Sequence readSequence(Tree.Position position, String path, int depth) {
        checkDepth(position, path, depth);
        List<Tree> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(path + "[" + items.size() + "]", depth));
        }
        return new Tree.Sequence(position, items);
    }

    private Tree.Scalar string(Tree.Position position, String path) {
        String text = parser.getString();
        if (text.length() > Limits.MAX_STRING_LENGTH) {
            problems.add(position, path, "text is longer than the limit of " + Limits.MAX_STRING_LENGTH + " characters");
            return new Tree.Scalar(position, Tree.ScalarKind.NULL, null);
        }
        return new Tree.Scalar(position, Tree.ScalarKind.STRING, text);
    }

    private Tree alias(String name, Tree.Position position, String path) {
        Anchored anchored = anchors.get(name);
        if (anchored == null) {
            problems.add(position, path, "the alias *" + name + " names no anchor &" + name
                    + " on an object or list before it (anchors on single values are not supported)");
            return new Tree.Scalar(position, Tree.ScalarKind.NULL, null);
        }
        values += anchored.size();
        if (values > Limits.MAX_VALUES) {
            tooManyValues(position, path);
        }
        return anchored.tree();
    }

    /** Reports a tag other than the plain YAML types ({@code !!str} and the like); true when it did. */
    private boolean checkTag(String tag, Tree.Position position, String path) {
        if (tag == null || tag.startsWith(YAML_TAG_PREFIX) && PLAIN_TAGS.contains(tag.substring(YAML_TAG_PREFIX.length()))) {
            return false;
        }
        String shown = tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : "!" + tag;
        problems.add(position, path, "the YAML tag " + shown + " is not supported; remove it");
        return true;
    }

    private void count(Tree.Position position) {
        if (++values > Limits.MAX_VALUES) {
            tooManyValues(position, "");
        }
    }

    private void tooManyValues(Tree.Position position, String path) {
        problems.add(position, path, "the document holds more than " + Limits.MAX_VALUES
                + " values (counting each use of a YAML alias); no portfolio is that large");
        throw new StopReading();
    }

    private void checkDepth(Tree.Position position, String path, int depth) {
        if (depth > Limits.MAX_DEPTH) {
            problems.add(position, path, "objects and lists are nested more than " + Limits.MAX_DEPTH + " deep");
            throw new StopReading();
        }
    }

    private void syntaxError(JacksonException e) {
        if (e.getCause() instanceof MarkedYamlEngineException marked) {
            Mark mark = marked.getProblemMark().or(marked::getContextMark).orElse(null);
            Tree.Position position = mark == null ? position(e.getLocation())
                    : new Tree.Position(mark.getLine() + 1, mark.getColumn() + 1);
            StringBuilder message = new StringBuilder("syntax error: ").append(marked.getProblem());
            if (marked.getContext() != null) {
                message.append(", ").append(marked.getContext());
                marked.getContextMark().filter(context -> context != mark).ifPresent(context -> message
                        .append(" that starts at line ").append(context.getLine() + 1)
                        .append(", column ").append(context.getColumn() + 1));
            }
            problems.add(position, "", message.toString());
            return;
        }
        String message = e.getOriginalMessage();
        if (e.getCause() != null && e.getCause().getMessage() != null && yaml != null) {
            message = e.getCause().getMessage();
        }
        problems.add(position(e.getLocation()), "", "syntax error: " + firstLine(message));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static Tree.Position position(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return new Tree.Position(1, 1);
        }
        return new Tree.Position(location.getLineNr(), Math.max(1, location.getColumnNr()));
    }

    private record Anchored(Tree tree, int size) {
    }

    /** Unwinds the reader after a problem that makes the rest of the input unreadable. */
    private static final class StopReading extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StopReading() {
            super(null, null, false, false);
        }
    }
}
