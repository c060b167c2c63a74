namespace Cascade.App.Reads;

/// <summary>How a read ended; the function layer maps it to 200, 400, 404 or 409.</summary>
public enum ReadOutcome
{
    /// <summary>The view was computed.</summary>
    Found,

    /// <summary>A parameter was refused; <see cref="ReadResult{T}.Errors"/> names it.</summary>
    Invalid,

    /// <summary>The person, opportunity or snapshot asked for does not exist.</summary>
    NotFound,

    /// <summary>The thing exists but cannot answer this question (revenue of an opportunity not won).</summary>
    Conflict,
}
