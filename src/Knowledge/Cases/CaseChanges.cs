using System.Globalization;

namespace ShopBot.Knowledge.Cases;

/// <summary>
/// The changes every <see cref="ICaseStore"/> makes to a record, in one place so that the stores open, amend and
/// resolve cases alike and refuse the same input; a store only adds how it keeps the record and keeps it atomic.
/// </summary>
public static class CaseChanges
{
    /// <summary>A case id, <c>AS20261122-00001</c>: the local date it was opened and a sequence number unique in the store.</summary>
    public static string Id(DateTimeOffset now, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"AS{now:yyyyMMdd}-{sequence:D5}");

    /// <summary>The new open record for a draft that <see cref="CaseDraftValidator"/> has already accepted.</summary>
    public static CaseRecord Open(CaseDraft draft, string id, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrEmpty(id);
        return new CaseRecord
        {
            Id = id,
            Kind = draft.Kind,
            Status = CaseStatus.Open,
            BuyerId = draft.BuyerId.Trim(),
            ConversationId = draft.ConversationId,
            OrderNumber = draft.OrderNumber,
            CreatedAt = now,
            UpdatedAt = now,
            Reason = draft.Reason?.Trim(),
            Description = draft.Description?.Trim(),
            PhotoUrls = draft.PhotoUrls.ToList(),
            InvoiceTitleType = draft.InvoiceTitleType,
            InvoiceTitle = draft.InvoiceTitle?.Trim(),
            TaxNumber = draft.TaxNumber,
            Email = draft.Email,
            Compensation = draft.Compensation ?? 0m,
            Refund = draft.RefundAmount ?? 0m,
        };
    }

    /// <summary>Adds photos (each once) and checks the result as a draft, so a case never holds more than a draft may.</summary>
    public static CaseRecord AttachPhotos(CaseRecord current, IReadOnlyList<string> photoUrls, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(photoUrls);
        var draft = new CaseDraft(current.Kind, current.BuyerId, current.ConversationId, current.OrderNumber)
        {
            Reason = current.Reason,
            Description = current.Description,
            PhotoUrls = current.PhotoUrls.Concat(photoUrls).Distinct(StringComparer.Ordinal).ToList(),
            InvoiceTitleType = current.InvoiceTitleType,
            InvoiceTitle = current.InvoiceTitle,
            TaxNumber = current.TaxNumber,
            Email = current.Email,
        };
        CaseDraftValidator.Validate(draft);
        return current with { PhotoUrls = draft.PhotoUrls, UpdatedAt = now };
    }

    /// <summary>
    /// Notes the parcel the buyer sent back on an open return, exchange or repair, or on the follow-up that tells the
    /// warehouse a return of a refund under way on the platform is coming; a later number replaces an earlier one.
    /// </summary>
    /// <exception cref="InvalidOperationException">The case is closed, or of a kind nothing is sent back for.</exception>
    public static CaseRecord NoteReturnParcel(CaseRecord current, string? carrier, string trackingNumber, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentException.ThrowIfNullOrWhiteSpace(trackingNumber);
        if (current.Status != CaseStatus.Open || current.Kind is not (CaseKind.Return or CaseKind.Exchange or CaseKind.Repair or CaseKind.LogisticsFollowUp))
        {
            throw new InvalidOperationException($"Case '{current.Id}' takes no return parcel.");
        }

        var number = trackingNumber.Trim().ToUpperInvariant();
        if (number.Length is < 8 or > 24 || !number.All(char.IsAsciiLetterOrDigit))
        {
            throw new CaseDraftException("A return tracking number is 8 to 24 letters and digits.");
        }

        return current with { ReturnCarrier = string.IsNullOrWhiteSpace(carrier) ? null : carrier.Trim(), ReturnTrackingNumber = number, UpdatedAt = now };
    }

    /// <summary>Closes an open case with a resolution <see cref="CaseResolutions"/> has already accepted.</summary>
    /// <exception cref="InvalidOperationException">The case is already resolved or cancelled.</exception>
    public static CaseRecord Resolve(CaseRecord current, CaseResolution resolution, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(resolution);
        if (current.Status != CaseStatus.Open)
        {
            throw new InvalidOperationException($"Case '{current.Id}' is already {current.Status.ToString().ToLowerInvariant()}.");
        }

        return current with
        {
            Status = resolution.Cancelled ? CaseStatus.Cancelled : CaseStatus.Resolved,
            Handler = resolution.Handler.Trim(),
            Postage = resolution.Postage,
            Refund = resolution.Refund,
            // A compensation the buyer accepted stays on the sheet unless the person records another amount or rejects
            // the case: nothing is paid on a rejected case.
            Compensation = resolution.Compensation > 0 || resolution.Outcome == CaseOutcome.Rejected ? resolution.Compensation : current.Compensation,
            Resolution = resolution.Note,
            Outcome = resolution.Cancelled ? null : resolution.Outcome,
            TrackingNumber = resolution.TrackingNumber,
            ResolvedAt = now,
            UpdatedAt = now,
        };
    }
}
