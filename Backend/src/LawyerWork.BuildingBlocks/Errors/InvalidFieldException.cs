using FluentValidation;
using FluentValidation.Results;

namespace LawyerWork.BuildingBlocks.Errors;

/// <summary>
/// A 400 about one named input that no validator saw, such as a route value or a query
/// parameter parsed by hand. It is a FluentValidation failure so that the one mapping renders it.
/// </summary>
public static class InvalidField
{
    public static ValidationException Exception(string field, string message) =>
        new([new ValidationFailure(field, message)]);
}
