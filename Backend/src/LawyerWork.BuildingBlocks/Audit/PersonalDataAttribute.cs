namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>
/// Marks a property as personal information (PIPL): the audit trail records its changes masked,
/// never the values.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PersonalDataAttribute : Attribute;
