// Routes: raw file uploads and attachment downloads.
#include "conversationroutes.h"
#include "router.h"
#include "uploadservice.h"

using namespace Qt::StringLiterals;
using namespace baton::protocol;

namespace baton::server {

void addUploadRoutes(Router& router, UploadService& uploads)
{
    router.add(u"PUT"_s, u"/api/v1/uploads/{client_id}"_s, Router::Access::Agent,
               [&uploads](RequestContext& c) {
                   const UploadResult result =
                       uploads.put(c.caller, c.param(u"client_id"_s), c.request, c.now);
                   return HttpResponse::json(toJson(result.attachment), result.created ? 201 : 200);
               });
    router.add(u"GET"_s, u"/api/v1/attachments/{id}"_s, Router::Access::Agent,
               [&uploads](RequestContext& c) { return uploads.download(c.caller, c.id(u"id"_s)); });
}

} // namespace baton::server
