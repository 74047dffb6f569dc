using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Areas.Risks.Pages.Points;

/// <summary>The report/edit form: the request's fields, with three measure rows (blank rows are left out).</summary>
public sealed class RiskPointForm
{
    public const int MeasureRows = 3;

    public Guid? EnterpriseId { get; set; }
    public string? CategoryCode { get; set; }
    public string? Name { get; set; }
    public string? Location { get; set; }
    public string? Equipment { get; set; }
    public AssessmentMethod Method { get; set; } = AssessmentMethod.LS;
    public decimal Likelihood { get; set; } = 1;
    public decimal? Exposure { get; set; }
    public decimal Severity { get; set; } = 1;
    public string? ResponsiblePerson { get; set; }
    public string? ResponsiblePhone { get; set; }
    public List<MeasureRow> Measures { get; set; } = [.. Enumerable.Range(0, MeasureRows).Select(_ => new MeasureRow())];
    public string? ConcurrencyStamp { get; set; }

    public SaveRiskPointRequest ToRequest() => new(EnterpriseId, CategoryCode, Name, Location, Equipment, Method, Likelihood,
        Method == AssessmentMethod.LEC ? Exposure : null, Severity, ResponsiblePerson, ResponsiblePhone,
        [.. Measures.Where(m => !string.IsNullOrWhiteSpace(m.Description)).Select(m => new MeasureRequest(m.Description, m.Frequency, m.ResponsibleRole))],
        ConcurrencyStamp);

    public static RiskPointForm From(RiskPointCardDto card)
    {
        var form = new RiskPointForm
        {
            EnterpriseId = card.EnterpriseId, CategoryCode = card.CategoryCode, Name = card.Name, Location = card.Location,
            Equipment = card.Equipment, Method = card.Method, Likelihood = card.Likelihood, Exposure = card.Exposure, Severity = card.Severity,
            ResponsiblePerson = card.ResponsiblePerson, ResponsiblePhone = card.ResponsiblePhone, ConcurrencyStamp = card.ConcurrencyStamp,
            Measures = [.. card.Measures.Select(m => new MeasureRow { Description = m.Description, Frequency = m.Frequency, ResponsibleRole = m.ResponsibleRole })],
        };
        while (form.Measures.Count < MeasureRows)
        {
            form.Measures.Add(new MeasureRow());
        }
        return form;
    }

    public sealed class MeasureRow
    {
        public string? Description { get; set; }
        public MeasureFrequency Frequency { get; set; } = MeasureFrequency.Monthly;
        public string? ResponsibleRole { get; set; }
    }
}
