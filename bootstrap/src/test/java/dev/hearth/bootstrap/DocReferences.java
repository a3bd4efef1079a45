package dev.hearth.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the classes, methods, packages and repository files a Markdown document names that do not exist, so that a
 * guide cannot keep describing a class after it was renamed or deleted.
 *
 * <p>What is checked:
 * <ul>
 * <li>a backticked {@code UpperCamel} name, optionally with a member ({@code Class#method}, {@code Class.method(..)},
 * {@code Class.CONSTANT}): a {@code .java} file under some {@code src/main} or {@code src/test} must declare that type
 * (top-level or nested), and the member name must occur in that file. Names of JDK types (found by reflection) and
 * the few library types and words in {@link #NOT_HEARTH_TYPES} are not Hearth classes and are skipped;
 * <li>a backticked Hearth package or class by its dotted name ({@code dev.hearth.bootstrap.logging.Redaction},
 * {@code application.port.out.household}): the package folder must exist, and the class be declared in it;
 * <li>a repository path, backticked ({@code docs/runbooks/key-rotation.md}) or in a code block
 * ({@code --data @docs/examples/debt-plan.json}), ending in a file extension or a slash: it must exist from the
 * repository root (or, backticked, from the document's folder). Build outputs ({@code target/}), absolute paths and
 * templates ({@code <..>}, {@code *}, {@code {..}}, {@code $..}) are not checked;
 * <li>a relative Markdown link target: it must exist from the document's folder.
 * </ul>
 * Header names ({@code Retry-After}), enum constants ({@code COUNCIL_TAX}) and JSON fields ({@code awardPence}) do not
 * have the shape of a class name and are never checked.
 */
final class DocReferences {

    /**
     * Names written like classes that are not Hearth's and that reflection over the JDK does not find: library
     * types the ADRs name when explaining a choice, and HTTP words. Keep it short: a Hearth class never belongs here.
     */
    static final Set<String> NOT_HEARTH_TYPES = Set.of(
            // HTTP words written in backticks
            "Allow", "Bearer", "ETag",
            // Jetty and Javalin
            "GracefulHandler", "ErrorHandler", "HttpConfiguration", "HttpResponseException", "Context",
            // swagger-core, ArchUnit, JDBI, Jedis and Lettuce, logstash-logback-encoder
            "Operation", "ModelConverters", "DoNotIncludeJars", "DoNotIncludeTests", "Jdbi", "JedisPooled",
            "RedisClient", "FieldMasker", "ValueMasker",
            // Nimbus JOSE and Bouncy Castle
            "ECDSAVerifier", "RSASSAVerifier", "JWKSourceBuilder", "Argon2BytesGenerator");

    /** JDK packages searched by reflection for a backticked type name before it is called missing. */
    private static final List<String> JDK_PACKAGES = List.of("java.lang.", "java.util.", "java.math.", "java.time.",
            "java.time.temporal.", "java.time.format.", "java.text.", "java.security.", "java.lang.management.",
            "java.util.function.", "java.util.concurrent.", "java.io.", "java.nio.file.", "java.net.",
            "java.net.http.", "javax.crypto.");

    private static final Pattern FENCED = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
    private static final Pattern BACKTICKED = Pattern.compile("`([^`\\n]+)`");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("\\b(?:class|record|interface|enum)\\s+([A-Z][A-Za-z0-9_]*)");
    /** {@code Name}, {@code Name#member}, {@code Name.member}, then anything ({@code (args)}, {@code <T>}). */
    private static final Pattern CLASS_REFERENCE =
            Pattern.compile("([A-Z][A-Za-z0-9_]*)(?:[#.]([A-Za-z_][A-Za-z0-9_]*))?(\\(.*\\)|<.*>)?");
    private static final Pattern DOTTED_NAME =
            Pattern.compile("(?:dev\\.hearth\\.|(?=(?:domain|application|adapter|bootstrap|wire)\\.))"
                    + "([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)(?:\\.([A-Z][A-Za-z0-9_]*))?\\.{0,2}");
    private static final Pattern PATH = Pattern.compile("[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.@+-]+)*/?");
    /** Folders that hold no source of the repository: build outputs, tool caches, local development data. */
    private static final Set<String> IGNORED_FOLDERS = Set.of("target", ".git", "node_modules", ".hearth", ".idea");
    private static final Pattern QUOTED_NAME = Pattern.compile("\"(dev\\.hearth\\.[a-z0-9.]+)\"");
    private static final Pattern JAVA_IDENTIFIER = Pattern.compile("(?<![\\w.\"])[A-Z][A-Za-z0-9_]*[a-z][A-Za-z0-9_]*");
    /** A file named without its folder: {@code V20__households.sql}, {@code ReadmeTest.java}. */
    private static final Pattern FILE_NAME =
            Pattern.compile("[A-Za-z0-9_.-]+\\.(sql|md|json|yaml|yml|xml|properties|sh|tf|html|java)");
    /**
     * Top-level folders of this repository, existing or by the shape of a module's name; a path starting elsewhere
     * ({@code infra/seed/..} of a cited project) is not ours.
     */
    private static final Pattern REPOSITORY_FOLDER = Pattern.compile(
            "(adapters-[a-z-]+|[a-z]+-support|wire-[a-z]+|domain|application|bootstrap|benchmarks|docs|tools|\\.ci)");
    private static final Pattern PATH_IN_CODE = Pattern.compile("(?<![\\w/.$-])([a-z][a-z0-9-]*/[A-Za-z0-9_./@+-]+)");

    private final Path root;
    /** Simple type name to the files that declare it. */
    private final Map<String, List<Path>> types = new HashMap<>();
    /** Package folders ({@code dev/hearth/...}) found under some source root, as relative paths. */
    private final Set<String> packageFolders = new HashSet<>();
    /** Names of every file of the repository (build outputs aside), for a file named without its folder. */
    private final Set<String> fileNames = new HashSet<>();
    /** {@code "dev.hearth.xxx"} string literals in the sources: logger names such as the access log's. */
    private final Set<String> quotedNames = new HashSet<>();

    private DocReferences(Path root) {
        this.root = root;
    }

    /** Indexes every type declared in a {@code .java} file under some {@code src/main} or {@code src/test}. */
    static DocReferences of(Path root) {
        DocReferences index = new DocReferences(root);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    return IGNORED_FOLDERS.contains(dir.getFileName().toString()) && !dir.equals(root)
                            ? FileVisitResult.SKIP_SUBTREE
                            : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    index.fileNames.add(file.getFileName().toString());
                    String path = file.toString().replace('\\', '/');
                    if (path.endsWith(".java") && (path.contains("/src/main/") || path.contains("/src/test/"))) {
                        index.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    private void add(Path file) {
        String source = read(file);
        Matcher m = TYPE_DECLARATION.matcher(source);
        while (m.find()) {
            types.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(file);
        }
        Matcher quoted = QUOTED_NAME.matcher(source);
        while (quoted.find()) {
            quotedNames.add(quoted.group(1));
        }
        String path = file.getParent().toString().replace('\\', '/');
        int at = path.indexOf("/dev/hearth");
        if (at >= 0) {
            String pkg = path.substring(at + 1);
            while (pkg.contains("/")) {
                packageFolders.add(pkg);
                pkg = pkg.substring(0, pkg.lastIndexOf('/'));
            }
        }
    }

    /** Every reference in {@code doc} (a file under the root) that names nothing that exists. */
    List<String> problems(Path doc) {
        return problems(root.relativize(doc).toString().replace('\\', '/'), read(doc));
    }

    /** Every reference in {@code text}, the content of {@code docPath} (relative to the root), that names nothing. */
    List<String> problems(String docPath, String text) {
        Path docFolder = root.resolve(docPath).getParent();
        List<String> problems = new ArrayList<>();
        Matcher fenced = FENCED.matcher(text);
        while (fenced.find()) {
            Matcher path = PATH_IN_CODE.matcher(fenced.group());
            while (path.find()) {
                String p = path.group(1).replaceAll("[.,;:]+$", "");
                if (looksLikeFile(p) && inRepository(p) && !exists(root, p)) {
                    problems.add(docPath + ": path " + p + " (in a code block) does not exist");
                }
            }
            if (fenced.group().trim().startsWith("```java")) {
                Matcher identifier = JAVA_IDENTIFIER.matcher(fenced.group().replaceAll("(?m)//.*$|\"[^\"\n]*\"", ""));
                while (identifier.find()) {
                    String problem = checkBackticked(identifier.group(), docFolder);
                    if (problem != null) {
                        problems.add(docPath + ": " + identifier.group() + " (in a Java code block) " + problem);
                    }
                }
            }
        }
        String prose = FENCED.matcher(text).replaceAll("");
        Matcher code = BACKTICKED.matcher(prose);
        while (code.find()) {
            String problem = checkBackticked(code.group(1).trim(), docFolder);
            if (problem != null) {
                problems.add(docPath + ": `" + code.group(1) + "` " + problem);
            }
        }
        Matcher link = LINK.matcher(prose);
        while (link.find()) {
            String target = link.group(1).replaceAll("[#?].*$", "");
            if (target.isEmpty() || target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                continue;
            }
            if (!exempt(target) && !exists(docFolder, target)) {
                problems.add(docPath + ": link (" + link.group(1) + ") points at nothing");
            }
        }
        return problems;
    }

    private String checkBackticked(String token, Path docFolder) {
        if (token.contains("/")) {
            if (PATH.matcher(token).matches() && looksLikeFile(token) && inRepository(token)
                    && !exists(root, token) && !exists(docFolder, token)) {
                return "is not a file of the repository";
            }
            return null;
        }
        Matcher dotted = DOTTED_NAME.matcher(token);
        if (dotted.matches()) {
            return checkDotted(dotted.group(1), dotted.group(2));
        }
        if (FILE_NAME.matcher(token).matches()) {
            return fileNames.contains(token) ? null : "names no file of the repository";
        }
        boolean javaFile = token.endsWith(".java");
        Matcher reference = CLASS_REFERENCE.matcher(javaFile ? token.substring(0, token.length() - 5) : token);
        if (!reference.matches() || !reference.group(1).matches(".*[a-z].*")) {
            return null;
        }
        String type = reference.group(1);
        String member = reference.group(2);
        List<Path> files = types.get(type);
        if (files == null) {
            return isJdkType(type) || NOT_HEARTH_TYPES.contains(type)
                    ? null
                    : "names no class, record, interface or enum under */src/main or */src/test";
        }
        if (member != null && files.stream().noneMatch(f -> Pattern.compile("\\b" + member + "\\b")
                .matcher(read(f)).find())) {
            return "names " + member + ", which " + type + ".java does not mention";
        }
        return null;
    }

    private String checkDotted(String packageName, String type) {
        String folder = "dev/hearth/" + packageName.replace('.', '/');
        if (type == null) {
            return packageFolders.contains(folder) || quotedNames.contains("dev.hearth." + packageName)
                    ? null
                    : "is no package under */src/main or */src/test (nor a logger name in the sources)";
        }
        List<Path> files = types.getOrDefault(type, List.of());
        boolean declaredThere = files.stream()
                .anyMatch(f -> f.getParent().toString().replace('\\', '/').endsWith("/" + folder));
        return declaredThere ? null : "names no class " + type + " in package " + packageName;
    }

    /** A relative path whose first folder is (or is shaped like) one of this repository's top-level folders. */
    private boolean inRepository(String path) {
        String first = path.substring(0, path.indexOf('/'));
        return Files.isDirectory(root.resolve(first)) || REPOSITORY_FOLDER.matcher(first).matches();
    }

    private static boolean looksLikeFile(String path) {
        String last = path.endsWith("/") ? "" : path.substring(path.lastIndexOf('/') + 1);
        return (path.endsWith("/") || last.matches(".*\\.[A-Za-z0-9]+")) && !exempt(path);
    }

    /** Build outputs, absolute or home paths and templates are not repository files to check. */
    private static boolean exempt(String path) {
        return path.startsWith("/") || path.startsWith("~") || path.startsWith(".hearth/") || path.startsWith("http")
                || path.contains("target/") || path.matches(".*[<>*{}$].*") || path.contains("...");
    }

    private static boolean exists(Path folder, String path) {
        return folder != null && Files.exists(folder.resolve(path).normalize());
    }

    private static boolean isJdkType(String name) {
        for (String pkg : JDK_PACKAGES) {
            try {
                Class.forName(pkg + name, false, ClassLoader.getSystemClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this package
            }
        }
        return false;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
