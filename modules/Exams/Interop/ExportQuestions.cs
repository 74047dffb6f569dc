using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// Moodle XML and Excel export of the live questions of a category subtree (paths from that category down) or of every
/// visible category (paths from the roots), and the Excel template.
/// </summary>
public sealed class ExportQuestions(QuestionScope scope, ManageCategories categories, ReadQuestions read, IStringLocalizer<ExamsResource> text)
{
    /// <summary>The file in memory (the XML writer writes synchronously, which Kestrel refuses on the response).</summary>
    public async Task<MemoryStream> MoodleXmlAsync(Guid? categoryId, CancellationToken cancellationToken)
    {
        var output = new MemoryStream();
        MoodleXmlWriter.Write(output, await SectionsAsync(categoryId, cancellationToken));
        output.Position = 0;
        return output;
    }

    /// <summary>The same questions as rows of the Excel template (text without markup), for people to read or import again.</summary>
    public async Task<MemoryStream> WorkbookAsync(Guid? categoryId, CancellationToken cancellationToken)
    {
        var headers = QuestionSheet.Columns.Select(c => text[c.LabelKey].Value).ToList();
        var rows = (await SectionsAsync(categoryId, cancellationToken))
            .SelectMany(s => s.Questions.Select(q => QuestionSheetWriter.Row(s.Path, q, text)));
        return await Workbooks.WriteAsync(rows, headers, cancellationToken);
    }

    private async Task<List<(IReadOnlyList<string> Path, string? Description, IReadOnlyList<QuestionDto> Questions)>> SectionsAsync(
        Guid? categoryId, CancellationToken cancellationToken)
    {
        var tree = await categories.ReadTreeAsync(cancellationToken);
        HashSet<Guid>? subtree = null;
        if (categoryId is { } id)
        {
            subtree = tree.KnownSubtree(id, text["CategoryUnknown"]);
        }
        var ids = subtree?.ToList();
        var query = scope.Questions().AsNoTracking().Where(q => !q.IsRetired);
        if (ids is not null)
        {
            query = query.Where(q => ids.Contains(q.CategoryId));
        }
        var questions = (await query.Include(q => q.Options).Include(q => q.Blanks).Include(q => q.Tags).AsSplitQuery()
            .OrderBy(q => q.Name).ThenBy(q => q.Id).ToListAsync(cancellationToken)).ToLookup(q => q.CategoryId);
        // Paths start at the exported category, so importing the file under another category rebuilds the same subtree there.
        var skip = categoryId is { } root ? tree.Path(root).Count - 1 : 0;
        var sections = tree.DepthFirst().Select(n => n.Category).Where(c => subtree is null || subtree.Contains(c.Id))
            .Select(c => ((IReadOnlyList<string>)[.. tree.Path(c.Id).Skip(skip)], c.Description, (IReadOnlyList<QuestionDto>)[.. questions[c.Id].Select(q => read.ToDto(q, []))]))
            .ToList();
        return sections;
    }

    private static readonly string[] TemplateExamples = ["Single", "Multiple", "TrueFalse", "Blank"];

    /// <summary>The Excel template: the headers in the user's language and one example row per question type.</summary>
    public Task<MemoryStream> TemplateAsync(CancellationToken cancellationToken)
    {
        var headers = QuestionSheet.Columns.Select(c => text[c.LabelKey].Value).ToList();
        var examples = TemplateExamples.Select(kind =>
        {
            var row = headers.ToDictionary(h => h, _ => (object?)null);
            foreach (var column in QuestionSheet.Columns)
            {
                var example = text[$"Template.{kind}.{column.Key}"];
                if (!example.ResourceNotFound)
                {
                    row[text[column.LabelKey].Value] = example.Value;
                }
            }
            return (IDictionary<string, object?>)row;
        });
        return Workbooks.WriteAsync(examples, headers, cancellationToken);
    }
}
