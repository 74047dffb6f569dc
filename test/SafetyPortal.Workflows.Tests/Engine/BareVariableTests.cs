using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Engine.Scripting;

namespace SafetyPortal.Workflows.Tests.Engine;

/// <summary>A bare variable name is read without starting the script engine: it must answer exactly as the engine does.</summary>
public sealed class BareVariableTests
{
    private static readonly ScriptSandbox Sandbox = new();

    private static readonly Dictionary<string, JsonNode?> Variables = new()
    {
        ["enterpriseId"] = "3a7be5f1", ["empty"] = "", ["passed"] = true, ["failed"] = false, ["nothing"] = null,
        ["count"] = 3, ["level"] = JsonNode.Parse("""{"name":"Major"}"""), ["Math"] = "shadowed",
    };

    [Theory]
    [InlineData("enterpriseId")]
    [InlineData(" passed ")]
    [InlineData("failed")]
    [InlineData("nothing")]
    [InlineData("empty")]
    [InlineData("count")]
    [InlineData("level")]
    [InlineData("Math")]
    public void A_bare_name_gives_what_the_engine_gives(string name)
    {
        // Parentheses make the same expression go through Jint.
        var byEngine = Sandbox.Evaluate("E", $"({name})", Variables);
        Assert.Equal(byEngine?.ToJsonString(), Sandbox.Evaluate("E", name, Variables)?.ToJsonString());
        Assert.Equal(Sandbox.IsTrue("E", $"({name})", Variables), Sandbox.IsTrue("E", name, Variables));
    }

    [Fact]
    public void A_missing_variable_still_fails_as_in_the_engine()
    {
        var error = Assert.Throws<ScriptException>(() => Sandbox.Evaluate("Rectify", "unknownVariable", Variables));
        Assert.Contains("Rectify", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_value_is_a_copy_so_changing_it_leaves_the_variables_alone()
    {
        var value = Sandbox.Evaluate("E", "enterpriseId", Variables);
        Assert.NotSame(Variables["enterpriseId"], value);
        Assert.Null(value!.Parent);
    }
}
