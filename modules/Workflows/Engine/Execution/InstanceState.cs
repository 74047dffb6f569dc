using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>The tokens of an instance; stored as JSON on the instance row.</summary>
public sealed class InstanceState
{
    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        Converters = { new JsonStringEnumConverter() },
    };

    public List<Token> Tokens { get; set; } = [];
    public int NextToken { get; set; } = 1;

    /// <summary>No token is left: the instance completed (or was terminated).</summary>
    public bool Ended { get; set; }

    public Token? Find(string id) => Tokens.Find(t => t.Id == id);

    public Token NewToken(string nodeId, string? scopeId) 
    {
        var token = new Token { Id = "t" + NextToken++, NodeId = nodeId, ScopeId = scopeId };
        Tokens.Add(token);
        return token;
    }

    /// <summary>The element ids tokens rest at, as |a|b| (for monitoring filters and counts).</summary>
    public string ActiveElementIds()
    {
        var ids = Tokens.Where(t => t.State != TokenState.Active).Select(t => t.NodeId).Distinct().ToList();
        return ids.Count == 0 ? "" : "|" + string.Join('|', ids) + "|";
    }

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static InstanceState Deserialize(string json) =>
        string.IsNullOrEmpty(json) ? new InstanceState() : JsonSerializer.Deserialize<InstanceState>(json, Json) ?? new InstanceState();
}
