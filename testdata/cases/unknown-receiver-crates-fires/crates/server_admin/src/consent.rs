use proto::ConsentGrant;

/// The line `person consent list` prints for a person's consent grant.
pub fn grant_line(grant: &ConsentGrant) -> Result<String, url::ParseError> {
    let client = grant.client_id.clone();
    let uri = url::Url::parse(&grant.redirect_uri)?;
    let spn = grant.spn.clone();
    let origin = uri.origin().ascii_serialization(); // redline: expect purpose-violation (account, unix_login)
    Ok(format!("{spn}: {client} -> {origin}"))
}
