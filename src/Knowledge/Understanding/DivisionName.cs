namespace ShopBot.Knowledge.Entities;

/// <summary>A division's full name and the short form buyers write (浦东新区, 浦东), worked out once.</summary>
internal sealed record DivisionName(string Full, string? Short);
