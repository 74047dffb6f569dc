using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Inspections;

public static class PlaceChecks
{
    /// <summary>A phone's place (WGS-84) out of range is an error on "latitude" or "longitude".</summary>
    public static void CheckRange(ValidationErrors errors, decimal? latitude, decimal? longitude, IStringLocalizer<InspectionsResource> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        if (latitude is < -90 or > 90)
        {
            errors.Add("latitude", text["Check.LatitudeInvalid"]);
        }
        if (longitude is < -180 or > 180)
        {
            errors.Add("longitude", text["Check.LongitudeInvalid"]);
        }
    }
}
