using System.Text.Json.Serialization;

namespace SafetyPortal.Platform.Auditing;

/// <summary>Written as text in the API ("Created"), stored as a number.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<EntityChangeType>))]
public enum EntityChangeType : byte
{
    Created = 0,
    Updated = 1,
    Deleted = 2,
}
