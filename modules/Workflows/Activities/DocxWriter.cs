using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SafetyPortal.Workflows.Activities;

/// <summary>Writes plain text as a Word document: one paragraph per line, lines starting with "# " as headings.</summary>
public static class DocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(string? title, string text)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var body = new Body();
            if (!string.IsNullOrWhiteSpace(title))
            {
                body.Append(Paragraph(title, heading: true));
            }
            foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
            {
                body.Append(line.StartsWith("# ", StringComparison.Ordinal) ? Paragraph(line[2..], heading: true) : Paragraph(line, heading: false));
            }
            document.AddMainDocumentPart().Document = new Document(body);
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, bool heading)
    {
        var properties = new RunProperties(new RunFonts { EastAsia = "SimSun" });
        if (heading)
        {
            properties.Append(new Bold(), new FontSize { Val = "32" });
        }
        var paragraph = new Paragraph(new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (heading)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }
        return paragraph;
    }
}
