use proto::ConsentGrant;
use url::Url;

/// The origin a person's consent grant redirects to, shown on their consent page.
pub fn grant_origin(grant: &ConsentGrant) -> Result<String, url::ParseError> {
    let uri = Url::parse(&grant.redirect_uri)?;
    Ok(uri.origin().ascii_serialization()) // redline: expect purpose-violation (account, unix_login)
}
