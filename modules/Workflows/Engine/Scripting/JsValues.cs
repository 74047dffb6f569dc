using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jint;
using JsEngine = Jint.Engine;
using Jint.Native;

namespace SafetyPortal.Workflows.Engine.Scripting;

/// <summary>Moves values between the instance's JSON variables and the script engine.</summary>
internal static class JsValues
{
    public static JsValue ToJs(JsEngine engine, JsonNode? node) => node switch
    {
        null => JsValue.Null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => new JsString(value.GetValue<string>()),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? JsBoolean.True : JsBoolean.False,
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => new JsNumber(double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture)),
        _ => new Jint.Native.Json.JsonParser(engine).Parse(node.ToJsonString()),
    };

    public static JsonNode? ToJson(JsEngine engine, JsValue value)
    {
        if (value.IsNull() || value.IsUndefined())
        {
            return null;
        }
        if (value.IsBoolean())
        {
            return JsonValue.Create(value.AsBoolean());
        }
        if (value.IsString())
        {
            return JsonValue.Create(value.AsString());
        }
        if (value.IsNumber())
        {
            var number = value.AsNumber();
            return double.IsFinite(number) && number == Math.Floor(number) && Math.Abs(number) < 1e15
                ? JsonValue.Create((long)number)
                : JsonValue.Create(number);
        }
        if (value.IsDate())
        {
            return JsonValue.Create(value.AsDate().ToDateTime().ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        }
        var text = new Jint.Native.Json.JsonSerializer(engine).Serialize(value);
        return text.IsString() ? JsonNode.Parse(text.AsString()) : null;
    }
}
