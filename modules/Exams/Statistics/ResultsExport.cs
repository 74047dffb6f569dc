using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Exams.Statistics;

/// <summary>An exam's people and its item statistics as .xlsx workbooks (kernel Workbooks), in the user's language.</summary>
public sealed class ResultsExport(IStringLocalizer<ExamsResource> text)
{
    public const int MaxRows = 100_000;

    public Task WritePeopleAsync(Stream output, IReadOnlyList<ExamPersonDto> rows, CancellationToken cancellationToken)
    {
        string[] headers = [text["Results.Name"], text["Results.Enterprise"], text["Results.Position"], text["Results.State"],
            text["Results.Attempts"], text["Results.Grade"], text["Results.MaxScore"]];
        var sheet = rows.Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [headers[0]] = r.Name,
            [headers[1]] = r.EnterpriseName,
            [headers[2]] = r.Position,
            [headers[3]] = text[$"PersonState.{r.State}"].Value,
            [headers[4]] = r.Attempts,
            [headers[5]] = r.Grade,
            [headers[6]] = r.MaxScore,
        });
        return Workbooks.WriteAsync(output, sheet, headers, cancellationToken);
    }

    public Task WriteQuestionsAsync(Stream output, IReadOnlyList<QuestionStatisticsDto> rows, CancellationToken cancellationToken)
    {
        string[] headers = [text["Results.Question"], text["Results.Kind"], text["Results.Attempts"], text["Results.Facility"],
            text["Results.StandardDeviation"], text["Results.Discrimination"]];
        var sheet = rows.Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [headers[0]] = r.Stem,
            [headers[1]] = text[$"Kind.{r.Kind}"].Value,
            [headers[2]] = r.Attempts,
            [headers[3]] = r.FacilityIndex,
            [headers[4]] = r.StandardDeviation,
            [headers[5]] = r.DiscriminationIndex,
        });
        return Workbooks.WriteAsync(output, sheet, headers, cancellationToken);
    }
}
