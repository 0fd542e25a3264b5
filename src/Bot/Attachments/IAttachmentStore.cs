namespace ShopBot.Bot.Attachments;

/// <summary>
/// Images buyers and agents sent, shared by every host that shares the conversations, each kept for
/// <c>Retention:Uploads</c>. Ids are random (128 bits), so an id is never guessable from another.
/// </summary>
public interface IAttachmentStore
{
    /// <summary>Keeps the image and returns its new id.</summary>
    Task<string> SaveAsync(StoredAttachment attachment, CancellationToken cancellationToken = default);

    /// <summary>The image, or null when the id is unknown or past its retention.</summary>
    Task<StoredAttachment?> GetAsync(string attachmentId, CancellationToken cancellationToken = default);

    /// <summary>The image's content type without its bytes, or null when the id is unknown or past its retention.</summary>
    Task<string?> ContentTypeOfAsync(string attachmentId, CancellationToken cancellationToken = default);
}
