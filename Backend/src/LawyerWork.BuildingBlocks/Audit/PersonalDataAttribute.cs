namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>
/// Marks a property as personal information (PIPL): the audit trail records its changes masked,
/// never the values.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;

/// <summary>Marks a property as a secret (a webhook signing secret, even encrypted): the audit trail records that it changed, never the value.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
