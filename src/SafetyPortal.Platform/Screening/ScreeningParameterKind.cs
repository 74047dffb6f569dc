namespace SafetyPortal.Platform.Screening;

/// <summary>How the screening builder asks for a parameter, and how its JSON value looks.</summary>
public enum ScreeningParameterKind
{
    /// <summary>Values picked from the definition's options: a JSON array of option values (one value when not Multiple).</summary>
    Options = 1,

    /// <summary>Whole numbers from/to, either bound optional: a JSON object { "min": 3, "max": null }.</summary>
    NumberRange = 2,

    /// <summary>Free text: a JSON string.</summary>
    Text = 3,
}
