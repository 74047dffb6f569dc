namespace SafetyPortal.Platform.Privacy;

/// <summary>Kinds of personal data that lists and logs show masked.</summary>
public enum PersonalDataKind
{
    /// <summary>居民身份证号码: the first 6 (region) and last 4 stay visible.</summary>
    IdCard,

    /// <summary>手机号 or landline: the first 3 and last 4 stay visible.</summary>
    Phone,
}
