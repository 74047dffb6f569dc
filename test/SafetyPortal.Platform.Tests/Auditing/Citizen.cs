using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Privacy;

namespace SafetyPortal.Platform.Tests.Auditing;

/// <summary>A test entity carrying personal data, as staff records will.</summary>
public class Citizen : AggregateRoot
{
    public string Name { get; set; } = "";

    [MaskedPersonalData(PersonalDataKind.IdCard)]
    public string? IdCardNumber { get; set; }

    [MaskedPersonalData(PersonalDataKind.Phone)]
    public string? Mobile { get; set; }

    [DisableAuditing]
    public string? Notes { get; set; }
}
