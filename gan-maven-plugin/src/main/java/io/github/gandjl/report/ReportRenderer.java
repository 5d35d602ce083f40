package io.github.gandjl.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.github.gandjl.common.GanException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a {@link ReportModel} with the Freemarker templates of the {@code reports-template} jar,
 * or with those of a template directory, which win file by file: a user may copy and change only
 * {@code report.css}, say. Templates are {@code .ftlh}, so every value is HTML-escaped unless the
 * template says otherwise.
 */
public final class ReportRenderer {

    /** The folder holding the templates, on the class path and in a template directory. */
    public static final String CLASSPATH_ROOT = "gan-report";

    /** The page's template. */
    public static final String PAGE = "index.ftlh";

    private final Configuration freemarker;
    private final Path templateDirectory;

    /**
     * @param templateDirectory a directory whose templates replace the built-in ones of the same
     *     name, or null for the built-in ones only
     */
    public ReportRenderer(Path templateDirectory) {
        this.templateDirectory = templateDirectory;
        freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setOutputEncoding("UTF-8");
        freemarker.setLocale(Locale.ROOT);
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setTemplateLoader(loader(templateDirectory));
    }

    private static TemplateLoader loader(Path directory) {
        ClassTemplateLoader builtIn =
                new ClassTemplateLoader(ReportRenderer.class.getClassLoader(), CLASSPATH_ROOT);
        if (directory == null) {
            return builtIn;
        }
        if (!Files.isDirectory(directory)) {
            throw new GanException(
                    "Parameter gan.templateDirectory is '"
                            + directory
                            + "', which is not a directory: name a directory holding copies of"
                            + " the report templates (index.ftlh, report.css, ...), or leave it"
                            + " unset for the built-in ones.");
        }
        try {
            return new MultiTemplateLoader(
                    new TemplateLoader[] {new FileTemplateLoader(directory.toFile()), builtIn});
        } catch (IOException e) {
            throw new GanException("Cannot read the template directory " + directory + ": " + e, e);
        }
    }

    /** The HTML page. */
    public String render(ReportModel model) {
        try {
            Template template = freemarker.getTemplate(PAGE);
            StringWriter out = new StringWriter();
            template.process(Map.of("report", model), out);
            return out.toString();
        } catch (TemplateNotFoundException e) {
            throw new GanException(
                    "The report template "
                            + PAGE
                            + " is missing: it is neither in the template directory "
                            + templateDirectory
                            + " nor in the reports-template jar on the plugin's class path.",
                    e);
        } catch (IOException | TemplateException e) {
            throw new GanException(
                    "The report template "
                            + PAGE
                            + (templateDirectory == null ? "" : " (in " + templateDirectory + ")")
                            + " failed: "
                            + e.getMessage(),
                    e);
        }
    }
}
