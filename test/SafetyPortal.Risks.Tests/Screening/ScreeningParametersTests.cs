using System.Text.Json;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Risks.Tests.Screening;

public sealed class ScreeningParametersTests
{
    private static readonly ScreeningConditionDefinition LevelCount = new("risks.level-count", "数量", "风险",
    [
        ScreeningParameterDefinition.OptionsOf("levels", "等级", [new("Major", "重大"), new("Significant", "较大")]),
        ScreeningParameterDefinition.Range("count", "数量"),
        ScreeningParameterDefinition.TextOf("codes", "代码") with { Required = false },
    ]);

    private static (ScreeningParameters Parameters, IDictionary<string, string[]> Errors) Read(string json, int index = 2)
    {
        var errors = new ValidationErrors();
        var raw = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json);
        return (ScreeningParameters.Read(index, LevelCount, raw, errors, new KeyText()), errors.ToDictionary());
    }

    [Fact]
    public void Valid_values_are_read_as_their_kinds()
    {
        var (parameters, errors) = Read("""{ "levels": ["major"], "count": { "min": 3 }, "codes": " c33、C34 ,c33 " }""");
        Assert.Empty(errors);
        Assert.Equal(["Major"], parameters.Options("levels"));
        Assert.Equal(new ScreeningRange(3, null), parameters.Range("count"));
        Assert.Equal(["C33", "C34"], parameters.TextList("codes"));
    }

    [Fact]
    public void Each_bad_value_is_named_by_condition_index_key_and_parameter()
    {
        var (_, errors) = Read("""{ "levels": ["Extreme"], "count": { "min": -1 }, "codes": 5, "colour": "red" }""");
        Assert.Equal(["conditions[2].risks.level-count.codes", "conditions[2].risks.level-count.colour",
            "conditions[2].risks.level-count.count", "conditions[2].risks.level-count.levels"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("""{ "count": { "min": 1 } }""", "levels")]
    [InlineData("""{ "levels": [], "count": { "min": 1 } }""", "levels")]
    [InlineData("""{ "levels": ["Major"] }""", "count")]
    [InlineData("""{ "levels": ["Major"], "count": { "min": null, "max": null } }""", "count")]
    [InlineData("""{ "levels": ["Major"], "count": { "min": 5, "max": 2 } }""", "count")]
    [InlineData("""{ "levels": ["Major"], "count": { "min": 1.5 } }""", "count")]
    [InlineData("""{ "levels": "Major", "count": "3" }""", "count")]
    public void Missing_empty_or_malformed_values_are_refused(string json, string parameter)
    {
        var (_, errors) = Read(json);
        Assert.Equal([$"conditions[2].risks.level-count.{parameter}"], errors.Keys);
    }
}
