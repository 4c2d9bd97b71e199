use proto::ConsentGrant;
use url::Url;

/// The origin a person's consent grant redirects to, shown on their consent page.
pub fn grant_origin(grant: &ConsentGrant) -> Result<String, url::ParseError> {
    let uri = Url::parse(&grant.redirect_uri)?;
    // redline: no finding — the type of `uri` is unknown (`url` is not fetched), but `unix_resolver`'s `IdProvider` cannot be in scope in this crate, so `KanidmProvider::origin` is not a candidate
    Ok(uri.origin().ascii_serialization())
}
