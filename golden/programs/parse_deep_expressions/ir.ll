; ModuleID = 'parse_deep_expressions.sy'
source_filename = "parse_deep_expressions.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@__const.main.arr = private unnamed_addr constant [3 x i32] [i32 1, i32 2, i32 3], align 4

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @inc(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  %3 = load i32, i32* %2, align 4
  %4 = add nsw i32 %3, 1
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca [3 x i32], align 4
  %9 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 3, i32* %2, align 4
  %10 = load i32, i32* %2, align 4
  %11 = add nsw i32 %10, 1
  %12 = mul nsw i32 %11, -1
  %13 = sub nsw i32 12, %12
  %14 = sub nsw i32 %13, 0
  %15 = add nsw i32 %14, 5
  %16 = mul nsw i32 %15, 1
  %17 = sub nsw i32 16, %16
  %18 = sub nsw i32 %17, 1
  %19 = add nsw i32 %18, 4
  %20 = mul nsw i32 %19, 1
  %21 = sub nsw i32 11, %20
  %22 = sub nsw i32 %21, 2
  %23 = add nsw i32 %22, 3
  %24 = mul nsw i32 %23, -1
  %25 = sub nsw i32 15, %24
  %26 = sub nsw i32 %25, 0
  %27 = add nsw i32 %26, 2
  %28 = mul nsw i32 %27, 1
  %29 = sub nsw i32 10, %28
  %30 = sub nsw i32 %29, 1
  %31 = add nsw i32 %30, 1
  %32 = mul nsw i32 %31, 1
  %33 = sub nsw i32 14, %32
  %34 = sub nsw i32 %33, 2
  %35 = add nsw i32 %34, 5
  %36 = mul nsw i32 %35, -1
  %37 = sub nsw i32 18, %36
  %38 = sub nsw i32 %37, 0
  %39 = add nsw i32 %38, 4
  %40 = mul nsw i32 %39, 1
  %41 = sub nsw i32 13, %40
  %42 = sub nsw i32 %41, 1
  %43 = add nsw i32 %42, 3
  %44 = mul nsw i32 %43, 1
  %45 = sub nsw i32 17, %44
  %46 = sub nsw i32 %45, 2
  %47 = add nsw i32 %46, 2
  %48 = mul nsw i32 %47, -1
  %49 = sub nsw i32 12, %48
  %50 = sub nsw i32 %49, 0
  %51 = add nsw i32 %50, 1
  %52 = mul nsw i32 %51, 1
  %53 = sub nsw i32 16, %52
  %54 = sub nsw i32 %53, 1
  %55 = add nsw i32 %54, 5
  %56 = mul nsw i32 %55, 1
  %57 = sub nsw i32 11, %56
  %58 = sub nsw i32 %57, 2
  %59 = add nsw i32 %58, 4
  %60 = mul nsw i32 %59, -1
  %61 = sub nsw i32 15, %60
  %62 = sub nsw i32 %61, 0
  %63 = add nsw i32 %62, 3
  %64 = mul nsw i32 %63, 1
  %65 = sub nsw i32 10, %64
  %66 = sub nsw i32 %65, 1
  %67 = add nsw i32 %66, 2
  %68 = mul nsw i32 %67, 1
  %69 = sub nsw i32 14, %68
  %70 = sub nsw i32 %69, 2
  %71 = add nsw i32 %70, 1
  %72 = mul nsw i32 %71, -1
  %73 = sub nsw i32 18, %72
  %74 = sub nsw i32 %73, 0
  %75 = add nsw i32 %74, 5
  %76 = mul nsw i32 %75, 1
  %77 = sub nsw i32 13, %76
  %78 = sub nsw i32 %77, 1
  %79 = add nsw i32 %78, 4
  %80 = mul nsw i32 %79, 1
  %81 = sub nsw i32 17, %80
  %82 = sub nsw i32 %81, 2
  %83 = add nsw i32 %82, 3
  %84 = mul nsw i32 %83, -1
  %85 = sub nsw i32 12, %84
  %86 = sub nsw i32 %85, 0
  %87 = add nsw i32 %86, 2
  %88 = mul nsw i32 %87, 1
  %89 = sub nsw i32 16, %88
  %90 = sub nsw i32 %89, 1
  %91 = add nsw i32 %90, 1
  %92 = mul nsw i32 %91, 1
  %93 = sub nsw i32 11, %92
  %94 = sub nsw i32 %93, 2
  %95 = add nsw i32 %94, 5
  %96 = mul nsw i32 %95, -1
  %97 = sub nsw i32 15, %96
  %98 = sub nsw i32 %97, 0
  %99 = add nsw i32 %98, 4
  %100 = mul nsw i32 %99, 1
  store i32 %100, i32* %3, align 4
  %101 = load i32, i32* %3, align 4
  call void @putint(i32 noundef %101)
  call void @putch(i32 noundef 10)
  %102 = load i32, i32* %2, align 4
  %103 = sub nsw i32 0, %102
  %104 = icmp ne i32 %103, 0
  %105 = xor i1 %104, true
  %106 = zext i1 %105 to i32
  %107 = sub nsw i32 0, %106
  %108 = icmp ne i32 %107, 0
  %109 = xor i1 %108, true
  %110 = zext i1 %109 to i32
  %111 = sub nsw i32 0, %110
  %112 = icmp ne i32 %111, 0
  %113 = xor i1 %112, true
  %114 = zext i1 %113 to i32
  %115 = sub nsw i32 0, %114
  %116 = icmp ne i32 %115, 0
  %117 = xor i1 %116, true
  %118 = zext i1 %117 to i32
  %119 = sub nsw i32 0, %118
  %120 = icmp ne i32 %119, 0
  %121 = xor i1 %120, true
  %122 = zext i1 %121 to i32
  %123 = sub nsw i32 0, %122
  %124 = icmp ne i32 %123, 0
  %125 = xor i1 %124, true
  %126 = zext i1 %125 to i32
  %127 = sub nsw i32 0, %126
  %128 = icmp ne i32 %127, 0
  %129 = xor i1 %128, true
  %130 = zext i1 %129 to i32
  %131 = sub nsw i32 0, %130
  %132 = icmp ne i32 %131, 0
  %133 = xor i1 %132, true
  %134 = zext i1 %133 to i32
  %135 = sub nsw i32 0, %134
  %136 = icmp ne i32 %135, 0
  %137 = xor i1 %136, true
  %138 = zext i1 %137 to i32
  %139 = sub nsw i32 0, %138
  %140 = icmp ne i32 %139, 0
  %141 = xor i1 %140, true
  %142 = zext i1 %141 to i32
  %143 = sub nsw i32 0, %142
  %144 = icmp ne i32 %143, 0
  %145 = xor i1 %144, true
  %146 = zext i1 %145 to i32
  %147 = sub nsw i32 0, %146
  %148 = icmp ne i32 %147, 0
  %149 = xor i1 %148, true
  %150 = zext i1 %149 to i32
  %151 = sub nsw i32 0, %150
  %152 = icmp ne i32 %151, 0
  %153 = xor i1 %152, true
  %154 = zext i1 %153 to i32
  %155 = sub nsw i32 0, %154
  %156 = icmp ne i32 %155, 0
  %157 = xor i1 %156, true
  %158 = zext i1 %157 to i32
  %159 = sub nsw i32 0, %158
  %160 = icmp ne i32 %159, 0
  %161 = xor i1 %160, true
  %162 = zext i1 %161 to i32
  %163 = sub nsw i32 0, %162
  %164 = icmp ne i32 %163, 0
  %165 = xor i1 %164, true
  %166 = zext i1 %165 to i32
  %167 = sub nsw i32 0, %166
  %168 = icmp ne i32 %167, 0
  %169 = xor i1 %168, true
  %170 = zext i1 %169 to i32
  %171 = sub nsw i32 0, %170
  %172 = icmp ne i32 %171, 0
  %173 = xor i1 %172, true
  %174 = zext i1 %173 to i32
  %175 = sub nsw i32 0, %174
  %176 = icmp ne i32 %175, 0
  %177 = xor i1 %176, true
  %178 = zext i1 %177 to i32
  %179 = sub nsw i32 0, %178
  %180 = icmp ne i32 %179, 0
  %181 = xor i1 %180, true
  %182 = zext i1 %181 to i32
  %183 = sub nsw i32 0, %182
  %184 = icmp ne i32 %183, 0
  %185 = xor i1 %184, true
  %186 = zext i1 %185 to i32
  %187 = sub nsw i32 0, %186
  %188 = icmp ne i32 %187, 0
  %189 = xor i1 %188, true
  %190 = zext i1 %189 to i32
  %191 = sub nsw i32 0, %190
  %192 = icmp ne i32 %191, 0
  %193 = xor i1 %192, true
  %194 = zext i1 %193 to i32
  %195 = sub nsw i32 0, %194
  %196 = icmp ne i32 %195, 0
  %197 = xor i1 %196, true
  %198 = zext i1 %197 to i32
  %199 = sub nsw i32 0, %198
  %200 = icmp ne i32 %199, 0
  %201 = xor i1 %200, true
  %202 = zext i1 %201 to i32
  %203 = sub nsw i32 0, %202
  %204 = icmp ne i32 %203, 0
  %205 = xor i1 %204, true
  %206 = zext i1 %205 to i32
  %207 = sub nsw i32 0, %206
  %208 = icmp ne i32 %207, 0
  %209 = xor i1 %208, true
  %210 = zext i1 %209 to i32
  %211 = sub nsw i32 0, %210
  %212 = icmp ne i32 %211, 0
  %213 = xor i1 %212, true
  %214 = zext i1 %213 to i32
  %215 = sub nsw i32 0, %214
  %216 = icmp ne i32 %215, 0
  %217 = xor i1 %216, true
  %218 = zext i1 %217 to i32
  %219 = sub nsw i32 0, %218
  %220 = icmp ne i32 %219, 0
  %221 = xor i1 %220, true
  %222 = zext i1 %221 to i32
  store i32 %222, i32* %4, align 4
  %223 = load i32, i32* %4, align 4
  call void @putint(i32 noundef %223)
  call void @putch(i32 noundef 10)
  %224 = load i32, i32* %2, align 4
  %225 = call i32 @inc(i32 noundef %224)
  %226 = call i32 @inc(i32 noundef %225)
  %227 = call i32 @inc(i32 noundef %226)
  %228 = call i32 @inc(i32 noundef %227)
  %229 = call i32 @inc(i32 noundef %228)
  %230 = call i32 @inc(i32 noundef %229)
  %231 = call i32 @inc(i32 noundef %230)
  %232 = call i32 @inc(i32 noundef %231)
  %233 = call i32 @inc(i32 noundef %232)
  %234 = call i32 @inc(i32 noundef %233)
  %235 = call i32 @inc(i32 noundef %234)
  %236 = call i32 @inc(i32 noundef %235)
  %237 = call i32 @inc(i32 noundef %236)
  %238 = call i32 @inc(i32 noundef %237)
  %239 = call i32 @inc(i32 noundef %238)
  %240 = call i32 @inc(i32 noundef %239)
  %241 = call i32 @inc(i32 noundef %240)
  %242 = call i32 @inc(i32 noundef %241)
  %243 = call i32 @inc(i32 noundef %242)
  %244 = call i32 @inc(i32 noundef %243)
  %245 = call i32 @inc(i32 noundef %244)
  %246 = call i32 @inc(i32 noundef %245)
  %247 = call i32 @inc(i32 noundef %246)
  %248 = call i32 @inc(i32 noundef %247)
  %249 = call i32 @inc(i32 noundef %248)
  %250 = call i32 @inc(i32 noundef %249)
  %251 = call i32 @inc(i32 noundef %250)
  %252 = call i32 @inc(i32 noundef %251)
  %253 = call i32 @inc(i32 noundef %252)
  %254 = call i32 @inc(i32 noundef %253)
  %255 = call i32 @inc(i32 noundef %254)
  %256 = call i32 @inc(i32 noundef %255)
  %257 = call i32 @inc(i32 noundef %256)
  %258 = call i32 @inc(i32 noundef %257)
  %259 = call i32 @inc(i32 noundef %258)
  %260 = call i32 @inc(i32 noundef %259)
  %261 = call i32 @inc(i32 noundef %260)
  %262 = call i32 @inc(i32 noundef %261)
  %263 = call i32 @inc(i32 noundef %262)
  %264 = call i32 @inc(i32 noundef %263)
  store i32 %264, i32* %5, align 4
  %265 = load i32, i32* %5, align 4
  call void @putint(i32 noundef %265)
  call void @putch(i32 noundef 10)
  %266 = load i32, i32* %2, align 4
  %267 = mul nsw i32 %266, 1
  %268 = load i32, i32* %2, align 4
  %269 = mul nsw i32 %268, 2
  %270 = add nsw i32 %267, %269
  %271 = load i32, i32* %2, align 4
  %272 = mul nsw i32 %271, 3
  %273 = add nsw i32 %270, %272
  %274 = load i32, i32* %2, align 4
  %275 = mul nsw i32 %274, 4
  %276 = add nsw i32 %273, %275
  %277 = load i32, i32* %2, align 4
  %278 = mul nsw i32 %277, 5
  %279 = add nsw i32 %276, %278
  %280 = load i32, i32* %2, align 4
  %281 = mul nsw i32 %280, 6
  %282 = add nsw i32 %279, %281
  %283 = load i32, i32* %2, align 4
  %284 = mul nsw i32 %283, 7
  %285 = add nsw i32 %282, %284
  %286 = load i32, i32* %2, align 4
  %287 = mul nsw i32 %286, 8
  %288 = add nsw i32 %285, %287
  %289 = load i32, i32* %2, align 4
  %290 = mul nsw i32 %289, 9
  %291 = add nsw i32 %288, %290
  %292 = load i32, i32* %2, align 4
  %293 = mul nsw i32 %292, 10
  %294 = add nsw i32 %291, %293
  %295 = load i32, i32* %2, align 4
  %296 = mul nsw i32 %295, 11
  %297 = add nsw i32 %294, %296
  %298 = load i32, i32* %2, align 4
  %299 = mul nsw i32 %298, 12
  %300 = add nsw i32 %297, %299
  %301 = load i32, i32* %2, align 4
  %302 = mul nsw i32 %301, 13
  %303 = add nsw i32 %300, %302
  %304 = load i32, i32* %2, align 4
  %305 = mul nsw i32 %304, 14
  %306 = add nsw i32 %303, %305
  %307 = load i32, i32* %2, align 4
  %308 = mul nsw i32 %307, 15
  %309 = add nsw i32 %306, %308
  %310 = load i32, i32* %2, align 4
  %311 = mul nsw i32 %310, 16
  %312 = add nsw i32 %309, %311
  %313 = load i32, i32* %2, align 4
  %314 = mul nsw i32 %313, 17
  %315 = add nsw i32 %312, %314
  %316 = load i32, i32* %2, align 4
  %317 = mul nsw i32 %316, 18
  %318 = add nsw i32 %315, %317
  %319 = load i32, i32* %2, align 4
  %320 = mul nsw i32 %319, 19
  %321 = add nsw i32 %318, %320
  %322 = load i32, i32* %2, align 4
  %323 = mul nsw i32 %322, 20
  %324 = add nsw i32 %321, %323
  %325 = load i32, i32* %2, align 4
  %326 = mul nsw i32 %325, 21
  %327 = add nsw i32 %324, %326
  %328 = load i32, i32* %2, align 4
  %329 = mul nsw i32 %328, 22
  %330 = add nsw i32 %327, %329
  %331 = load i32, i32* %2, align 4
  %332 = mul nsw i32 %331, 23
  %333 = add nsw i32 %330, %332
  %334 = load i32, i32* %2, align 4
  %335 = mul nsw i32 %334, 24
  %336 = add nsw i32 %333, %335
  %337 = load i32, i32* %2, align 4
  %338 = mul nsw i32 %337, 25
  %339 = add nsw i32 %336, %338
  %340 = load i32, i32* %2, align 4
  %341 = mul nsw i32 %340, 26
  %342 = add nsw i32 %339, %341
  %343 = load i32, i32* %2, align 4
  %344 = mul nsw i32 %343, 27
  %345 = add nsw i32 %342, %344
  %346 = load i32, i32* %2, align 4
  %347 = mul nsw i32 %346, 28
  %348 = add nsw i32 %345, %347
  %349 = load i32, i32* %2, align 4
  %350 = mul nsw i32 %349, 29
  %351 = add nsw i32 %348, %350
  %352 = load i32, i32* %2, align 4
  %353 = mul nsw i32 %352, 30
  %354 = add nsw i32 %351, %353
  %355 = load i32, i32* %2, align 4
  %356 = mul nsw i32 %355, 31
  %357 = add nsw i32 %354, %356
  %358 = load i32, i32* %2, align 4
  %359 = mul nsw i32 %358, 32
  %360 = add nsw i32 %357, %359
  %361 = load i32, i32* %2, align 4
  %362 = mul nsw i32 %361, 33
  %363 = add nsw i32 %360, %362
  %364 = load i32, i32* %2, align 4
  %365 = mul nsw i32 %364, 34
  %366 = add nsw i32 %363, %365
  %367 = load i32, i32* %2, align 4
  %368 = mul nsw i32 %367, 35
  %369 = add nsw i32 %366, %368
  %370 = load i32, i32* %2, align 4
  %371 = mul nsw i32 %370, 36
  %372 = add nsw i32 %369, %371
  %373 = load i32, i32* %2, align 4
  %374 = mul nsw i32 %373, 37
  %375 = add nsw i32 %372, %374
  %376 = load i32, i32* %2, align 4
  %377 = mul nsw i32 %376, 38
  %378 = add nsw i32 %375, %377
  %379 = load i32, i32* %2, align 4
  %380 = mul nsw i32 %379, 39
  %381 = add nsw i32 %378, %380
  %382 = load i32, i32* %2, align 4
  %383 = mul nsw i32 %382, 40
  %384 = add nsw i32 %381, %383
  %385 = load i32, i32* %2, align 4
  %386 = mul nsw i32 %385, 41
  %387 = add nsw i32 %384, %386
  %388 = load i32, i32* %2, align 4
  %389 = mul nsw i32 %388, 42
  %390 = add nsw i32 %387, %389
  %391 = load i32, i32* %2, align 4
  %392 = mul nsw i32 %391, 43
  %393 = add nsw i32 %390, %392
  %394 = load i32, i32* %2, align 4
  %395 = mul nsw i32 %394, 44
  %396 = add nsw i32 %393, %395
  %397 = load i32, i32* %2, align 4
  %398 = mul nsw i32 %397, 45
  %399 = add nsw i32 %396, %398
  %400 = load i32, i32* %2, align 4
  %401 = mul nsw i32 %400, 46
  %402 = add nsw i32 %399, %401
  %403 = load i32, i32* %2, align 4
  %404 = mul nsw i32 %403, 47
  %405 = add nsw i32 %402, %404
  %406 = load i32, i32* %2, align 4
  %407 = mul nsw i32 %406, 48
  %408 = add nsw i32 %405, %407
  %409 = load i32, i32* %2, align 4
  %410 = mul nsw i32 %409, 49
  %411 = add nsw i32 %408, %410
  %412 = load i32, i32* %2, align 4
  %413 = mul nsw i32 %412, 50
  %414 = add nsw i32 %411, %413
  %415 = load i32, i32* %2, align 4
  %416 = mul nsw i32 %415, 51
  %417 = add nsw i32 %414, %416
  %418 = load i32, i32* %2, align 4
  %419 = mul nsw i32 %418, 52
  %420 = add nsw i32 %417, %419
  %421 = load i32, i32* %2, align 4
  %422 = mul nsw i32 %421, 53
  %423 = add nsw i32 %420, %422
  %424 = load i32, i32* %2, align 4
  %425 = mul nsw i32 %424, 54
  %426 = add nsw i32 %423, %425
  %427 = load i32, i32* %2, align 4
  %428 = mul nsw i32 %427, 55
  %429 = add nsw i32 %426, %428
  %430 = load i32, i32* %2, align 4
  %431 = mul nsw i32 %430, 56
  %432 = add nsw i32 %429, %431
  %433 = load i32, i32* %2, align 4
  %434 = mul nsw i32 %433, 57
  %435 = add nsw i32 %432, %434
  %436 = load i32, i32* %2, align 4
  %437 = mul nsw i32 %436, 58
  %438 = add nsw i32 %435, %437
  %439 = load i32, i32* %2, align 4
  %440 = mul nsw i32 %439, 59
  %441 = add nsw i32 %438, %440
  %442 = load i32, i32* %2, align 4
  %443 = mul nsw i32 %442, 60
  %444 = add nsw i32 %441, %443
  %445 = load i32, i32* %2, align 4
  %446 = mul nsw i32 %445, 61
  %447 = add nsw i32 %444, %446
  %448 = load i32, i32* %2, align 4
  %449 = mul nsw i32 %448, 62
  %450 = add nsw i32 %447, %449
  %451 = load i32, i32* %2, align 4
  %452 = mul nsw i32 %451, 63
  %453 = add nsw i32 %450, %452
  %454 = load i32, i32* %2, align 4
  %455 = mul nsw i32 %454, 64
  %456 = add nsw i32 %453, %455
  %457 = load i32, i32* %2, align 4
  %458 = mul nsw i32 %457, 65
  %459 = add nsw i32 %456, %458
  %460 = load i32, i32* %2, align 4
  %461 = mul nsw i32 %460, 66
  %462 = add nsw i32 %459, %461
  %463 = load i32, i32* %2, align 4
  %464 = mul nsw i32 %463, 67
  %465 = add nsw i32 %462, %464
  %466 = load i32, i32* %2, align 4
  %467 = mul nsw i32 %466, 68
  %468 = add nsw i32 %465, %467
  %469 = load i32, i32* %2, align 4
  %470 = mul nsw i32 %469, 69
  %471 = add nsw i32 %468, %470
  %472 = load i32, i32* %2, align 4
  %473 = mul nsw i32 %472, 70
  %474 = add nsw i32 %471, %473
  %475 = load i32, i32* %2, align 4
  %476 = mul nsw i32 %475, 71
  %477 = add nsw i32 %474, %476
  %478 = load i32, i32* %2, align 4
  %479 = mul nsw i32 %478, 72
  %480 = add nsw i32 %477, %479
  %481 = load i32, i32* %2, align 4
  %482 = mul nsw i32 %481, 73
  %483 = add nsw i32 %480, %482
  %484 = load i32, i32* %2, align 4
  %485 = mul nsw i32 %484, 74
  %486 = add nsw i32 %483, %485
  %487 = load i32, i32* %2, align 4
  %488 = mul nsw i32 %487, 75
  %489 = add nsw i32 %486, %488
  %490 = load i32, i32* %2, align 4
  %491 = mul nsw i32 %490, 76
  %492 = add nsw i32 %489, %491
  %493 = load i32, i32* %2, align 4
  %494 = mul nsw i32 %493, 77
  %495 = add nsw i32 %492, %494
  %496 = load i32, i32* %2, align 4
  %497 = mul nsw i32 %496, 78
  %498 = add nsw i32 %495, %497
  %499 = load i32, i32* %2, align 4
  %500 = mul nsw i32 %499, 79
  %501 = add nsw i32 %498, %500
  store i32 %501, i32* %6, align 4
  %502 = load i32, i32* %6, align 4
  call void @putint(i32 noundef %502)
  call void @putch(i32 noundef 10)
  %503 = load i32, i32* %2, align 4
  %504 = icmp eq i32 %503, 50
  br i1 %504, label %505, label %508

505:                                              ; preds = %0
  %506 = load i32, i32* %2, align 4
  %507 = icmp sgt i32 %506, 0
  br i1 %507, label %924, label %508

508:                                              ; preds = %505, %0
  %509 = load i32, i32* %2, align 4
  %510 = icmp eq i32 %509, 51
  br i1 %510, label %511, label %514

511:                                              ; preds = %508
  %512 = load i32, i32* %2, align 4
  %513 = icmp sgt i32 %512, 0
  br i1 %513, label %924, label %514

514:                                              ; preds = %511, %508
  %515 = load i32, i32* %2, align 4
  %516 = icmp eq i32 %515, 52
  br i1 %516, label %517, label %520

517:                                              ; preds = %514
  %518 = load i32, i32* %2, align 4
  %519 = icmp sgt i32 %518, 0
  br i1 %519, label %924, label %520

520:                                              ; preds = %517, %514
  %521 = load i32, i32* %2, align 4
  %522 = icmp eq i32 %521, 53
  br i1 %522, label %523, label %526

523:                                              ; preds = %520
  %524 = load i32, i32* %2, align 4
  %525 = icmp sgt i32 %524, 0
  br i1 %525, label %924, label %526

526:                                              ; preds = %523, %520
  %527 = load i32, i32* %2, align 4
  %528 = icmp eq i32 %527, 54
  br i1 %528, label %529, label %532

529:                                              ; preds = %526
  %530 = load i32, i32* %2, align 4
  %531 = icmp sgt i32 %530, 0
  br i1 %531, label %924, label %532

532:                                              ; preds = %529, %526
  %533 = load i32, i32* %2, align 4
  %534 = icmp eq i32 %533, 55
  br i1 %534, label %535, label %538

535:                                              ; preds = %532
  %536 = load i32, i32* %2, align 4
  %537 = icmp sgt i32 %536, 0
  br i1 %537, label %924, label %538

538:                                              ; preds = %535, %532
  %539 = load i32, i32* %2, align 4
  %540 = icmp eq i32 %539, 56
  br i1 %540, label %541, label %544

541:                                              ; preds = %538
  %542 = load i32, i32* %2, align 4
  %543 = icmp sgt i32 %542, 0
  br i1 %543, label %924, label %544

544:                                              ; preds = %541, %538
  %545 = load i32, i32* %2, align 4
  %546 = icmp eq i32 %545, 57
  br i1 %546, label %547, label %550

547:                                              ; preds = %544
  %548 = load i32, i32* %2, align 4
  %549 = icmp sgt i32 %548, 0
  br i1 %549, label %924, label %550

550:                                              ; preds = %547, %544
  %551 = load i32, i32* %2, align 4
  %552 = icmp eq i32 %551, 58
  br i1 %552, label %553, label %556

553:                                              ; preds = %550
  %554 = load i32, i32* %2, align 4
  %555 = icmp sgt i32 %554, 0
  br i1 %555, label %924, label %556

556:                                              ; preds = %553, %550
  %557 = load i32, i32* %2, align 4
  %558 = icmp eq i32 %557, 59
  br i1 %558, label %559, label %562

559:                                              ; preds = %556
  %560 = load i32, i32* %2, align 4
  %561 = icmp sgt i32 %560, 0
  br i1 %561, label %924, label %562

562:                                              ; preds = %559, %556
  %563 = load i32, i32* %2, align 4
  %564 = icmp eq i32 %563, 60
  br i1 %564, label %565, label %568

565:                                              ; preds = %562
  %566 = load i32, i32* %2, align 4
  %567 = icmp sgt i32 %566, 0
  br i1 %567, label %924, label %568

568:                                              ; preds = %565, %562
  %569 = load i32, i32* %2, align 4
  %570 = icmp eq i32 %569, 61
  br i1 %570, label %571, label %574

571:                                              ; preds = %568
  %572 = load i32, i32* %2, align 4
  %573 = icmp sgt i32 %572, 0
  br i1 %573, label %924, label %574

574:                                              ; preds = %571, %568
  %575 = load i32, i32* %2, align 4
  %576 = icmp eq i32 %575, 62
  br i1 %576, label %577, label %580

577:                                              ; preds = %574
  %578 = load i32, i32* %2, align 4
  %579 = icmp sgt i32 %578, 0
  br i1 %579, label %924, label %580

580:                                              ; preds = %577, %574
  %581 = load i32, i32* %2, align 4
  %582 = icmp eq i32 %581, 63
  br i1 %582, label %583, label %586

583:                                              ; preds = %580
  %584 = load i32, i32* %2, align 4
  %585 = icmp sgt i32 %584, 0
  br i1 %585, label %924, label %586

586:                                              ; preds = %583, %580
  %587 = load i32, i32* %2, align 4
  %588 = icmp eq i32 %587, 64
  br i1 %588, label %589, label %592

589:                                              ; preds = %586
  %590 = load i32, i32* %2, align 4
  %591 = icmp sgt i32 %590, 0
  br i1 %591, label %924, label %592

592:                                              ; preds = %589, %586
  %593 = load i32, i32* %2, align 4
  %594 = icmp eq i32 %593, 65
  br i1 %594, label %595, label %598

595:                                              ; preds = %592
  %596 = load i32, i32* %2, align 4
  %597 = icmp sgt i32 %596, 0
  br i1 %597, label %924, label %598

598:                                              ; preds = %595, %592
  %599 = load i32, i32* %2, align 4
  %600 = icmp eq i32 %599, 66
  br i1 %600, label %601, label %604

601:                                              ; preds = %598
  %602 = load i32, i32* %2, align 4
  %603 = icmp sgt i32 %602, 0
  br i1 %603, label %924, label %604

604:                                              ; preds = %601, %598
  %605 = load i32, i32* %2, align 4
  %606 = icmp eq i32 %605, 67
  br i1 %606, label %607, label %610

607:                                              ; preds = %604
  %608 = load i32, i32* %2, align 4
  %609 = icmp sgt i32 %608, 0
  br i1 %609, label %924, label %610

610:                                              ; preds = %607, %604
  %611 = load i32, i32* %2, align 4
  %612 = icmp eq i32 %611, 68
  br i1 %612, label %613, label %616

613:                                              ; preds = %610
  %614 = load i32, i32* %2, align 4
  %615 = icmp sgt i32 %614, 0
  br i1 %615, label %924, label %616

616:                                              ; preds = %613, %610
  %617 = load i32, i32* %2, align 4
  %618 = icmp eq i32 %617, 69
  br i1 %618, label %619, label %622

619:                                              ; preds = %616
  %620 = load i32, i32* %2, align 4
  %621 = icmp sgt i32 %620, 0
  br i1 %621, label %924, label %622

622:                                              ; preds = %619, %616
  %623 = load i32, i32* %2, align 4
  %624 = icmp eq i32 %623, 70
  br i1 %624, label %625, label %628

625:                                              ; preds = %622
  %626 = load i32, i32* %2, align 4
  %627 = icmp sgt i32 %626, 0
  br i1 %627, label %924, label %628

628:                                              ; preds = %625, %622
  %629 = load i32, i32* %2, align 4
  %630 = icmp eq i32 %629, 71
  br i1 %630, label %631, label %634

631:                                              ; preds = %628
  %632 = load i32, i32* %2, align 4
  %633 = icmp sgt i32 %632, 0
  br i1 %633, label %924, label %634

634:                                              ; preds = %631, %628
  %635 = load i32, i32* %2, align 4
  %636 = icmp eq i32 %635, 72
  br i1 %636, label %637, label %640

637:                                              ; preds = %634
  %638 = load i32, i32* %2, align 4
  %639 = icmp sgt i32 %638, 0
  br i1 %639, label %924, label %640

640:                                              ; preds = %637, %634
  %641 = load i32, i32* %2, align 4
  %642 = icmp eq i32 %641, 73
  br i1 %642, label %643, label %646

643:                                              ; preds = %640
  %644 = load i32, i32* %2, align 4
  %645 = icmp sgt i32 %644, 0
  br i1 %645, label %924, label %646

646:                                              ; preds = %643, %640
  %647 = load i32, i32* %2, align 4
  %648 = icmp eq i32 %647, 74
  br i1 %648, label %649, label %652

649:                                              ; preds = %646
  %650 = load i32, i32* %2, align 4
  %651 = icmp sgt i32 %650, 0
  br i1 %651, label %924, label %652

652:                                              ; preds = %649, %646
  %653 = load i32, i32* %2, align 4
  %654 = icmp eq i32 %653, 75
  br i1 %654, label %655, label %658

655:                                              ; preds = %652
  %656 = load i32, i32* %2, align 4
  %657 = icmp sgt i32 %656, 0
  br i1 %657, label %924, label %658

658:                                              ; preds = %655, %652
  %659 = load i32, i32* %2, align 4
  %660 = icmp eq i32 %659, 76
  br i1 %660, label %661, label %664

661:                                              ; preds = %658
  %662 = load i32, i32* %2, align 4
  %663 = icmp sgt i32 %662, 0
  br i1 %663, label %924, label %664

664:                                              ; preds = %661, %658
  %665 = load i32, i32* %2, align 4
  %666 = icmp eq i32 %665, 77
  br i1 %666, label %667, label %670

667:                                              ; preds = %664
  %668 = load i32, i32* %2, align 4
  %669 = icmp sgt i32 %668, 0
  br i1 %669, label %924, label %670

670:                                              ; preds = %667, %664
  %671 = load i32, i32* %2, align 4
  %672 = icmp eq i32 %671, 78
  br i1 %672, label %673, label %676

673:                                              ; preds = %670
  %674 = load i32, i32* %2, align 4
  %675 = icmp sgt i32 %674, 0
  br i1 %675, label %924, label %676

676:                                              ; preds = %673, %670
  %677 = load i32, i32* %2, align 4
  %678 = icmp eq i32 %677, 79
  br i1 %678, label %679, label %682

679:                                              ; preds = %676
  %680 = load i32, i32* %2, align 4
  %681 = icmp sgt i32 %680, 0
  br i1 %681, label %924, label %682

682:                                              ; preds = %679, %676
  %683 = load i32, i32* %2, align 4
  %684 = icmp eq i32 %683, 80
  br i1 %684, label %685, label %688

685:                                              ; preds = %682
  %686 = load i32, i32* %2, align 4
  %687 = icmp sgt i32 %686, 0
  br i1 %687, label %924, label %688

688:                                              ; preds = %685, %682
  %689 = load i32, i32* %2, align 4
  %690 = icmp eq i32 %689, 81
  br i1 %690, label %691, label %694

691:                                              ; preds = %688
  %692 = load i32, i32* %2, align 4
  %693 = icmp sgt i32 %692, 0
  br i1 %693, label %924, label %694

694:                                              ; preds = %691, %688
  %695 = load i32, i32* %2, align 4
  %696 = icmp eq i32 %695, 82
  br i1 %696, label %697, label %700

697:                                              ; preds = %694
  %698 = load i32, i32* %2, align 4
  %699 = icmp sgt i32 %698, 0
  br i1 %699, label %924, label %700

700:                                              ; preds = %697, %694
  %701 = load i32, i32* %2, align 4
  %702 = icmp eq i32 %701, 83
  br i1 %702, label %703, label %706

703:                                              ; preds = %700
  %704 = load i32, i32* %2, align 4
  %705 = icmp sgt i32 %704, 0
  br i1 %705, label %924, label %706

706:                                              ; preds = %703, %700
  %707 = load i32, i32* %2, align 4
  %708 = icmp eq i32 %707, 84
  br i1 %708, label %709, label %712

709:                                              ; preds = %706
  %710 = load i32, i32* %2, align 4
  %711 = icmp sgt i32 %710, 0
  br i1 %711, label %924, label %712

712:                                              ; preds = %709, %706
  %713 = load i32, i32* %2, align 4
  %714 = icmp eq i32 %713, 85
  br i1 %714, label %715, label %718

715:                                              ; preds = %712
  %716 = load i32, i32* %2, align 4
  %717 = icmp sgt i32 %716, 0
  br i1 %717, label %924, label %718

718:                                              ; preds = %715, %712
  %719 = load i32, i32* %2, align 4
  %720 = icmp eq i32 %719, 86
  br i1 %720, label %721, label %724

721:                                              ; preds = %718
  %722 = load i32, i32* %2, align 4
  %723 = icmp sgt i32 %722, 0
  br i1 %723, label %924, label %724

724:                                              ; preds = %721, %718
  %725 = load i32, i32* %2, align 4
  %726 = icmp eq i32 %725, 87
  br i1 %726, label %727, label %730

727:                                              ; preds = %724
  %728 = load i32, i32* %2, align 4
  %729 = icmp sgt i32 %728, 0
  br i1 %729, label %924, label %730

730:                                              ; preds = %727, %724
  %731 = load i32, i32* %2, align 4
  %732 = icmp eq i32 %731, 88
  br i1 %732, label %733, label %736

733:                                              ; preds = %730
  %734 = load i32, i32* %2, align 4
  %735 = icmp sgt i32 %734, 0
  br i1 %735, label %924, label %736

736:                                              ; preds = %733, %730
  %737 = load i32, i32* %2, align 4
  %738 = icmp eq i32 %737, 89
  br i1 %738, label %739, label %742

739:                                              ; preds = %736
  %740 = load i32, i32* %2, align 4
  %741 = icmp sgt i32 %740, 0
  br i1 %741, label %924, label %742

742:                                              ; preds = %739, %736
  %743 = load i32, i32* %2, align 4
  %744 = icmp eq i32 %743, 90
  br i1 %744, label %745, label %748

745:                                              ; preds = %742
  %746 = load i32, i32* %2, align 4
  %747 = icmp sgt i32 %746, 0
  br i1 %747, label %924, label %748

748:                                              ; preds = %745, %742
  %749 = load i32, i32* %2, align 4
  %750 = icmp eq i32 %749, 91
  br i1 %750, label %751, label %754

751:                                              ; preds = %748
  %752 = load i32, i32* %2, align 4
  %753 = icmp sgt i32 %752, 0
  br i1 %753, label %924, label %754

754:                                              ; preds = %751, %748
  %755 = load i32, i32* %2, align 4
  %756 = icmp eq i32 %755, 92
  br i1 %756, label %757, label %760

757:                                              ; preds = %754
  %758 = load i32, i32* %2, align 4
  %759 = icmp sgt i32 %758, 0
  br i1 %759, label %924, label %760

760:                                              ; preds = %757, %754
  %761 = load i32, i32* %2, align 4
  %762 = icmp eq i32 %761, 93
  br i1 %762, label %763, label %766

763:                                              ; preds = %760
  %764 = load i32, i32* %2, align 4
  %765 = icmp sgt i32 %764, 0
  br i1 %765, label %924, label %766

766:                                              ; preds = %763, %760
  %767 = load i32, i32* %2, align 4
  %768 = icmp eq i32 %767, 94
  br i1 %768, label %769, label %772

769:                                              ; preds = %766
  %770 = load i32, i32* %2, align 4
  %771 = icmp sgt i32 %770, 0
  br i1 %771, label %924, label %772

772:                                              ; preds = %769, %766
  %773 = load i32, i32* %2, align 4
  %774 = icmp eq i32 %773, 95
  br i1 %774, label %775, label %778

775:                                              ; preds = %772
  %776 = load i32, i32* %2, align 4
  %777 = icmp sgt i32 %776, 0
  br i1 %777, label %924, label %778

778:                                              ; preds = %775, %772
  %779 = load i32, i32* %2, align 4
  %780 = icmp eq i32 %779, 96
  br i1 %780, label %781, label %784

781:                                              ; preds = %778
  %782 = load i32, i32* %2, align 4
  %783 = icmp sgt i32 %782, 0
  br i1 %783, label %924, label %784

784:                                              ; preds = %781, %778
  %785 = load i32, i32* %2, align 4
  %786 = icmp eq i32 %785, 97
  br i1 %786, label %787, label %790

787:                                              ; preds = %784
  %788 = load i32, i32* %2, align 4
  %789 = icmp sgt i32 %788, 0
  br i1 %789, label %924, label %790

790:                                              ; preds = %787, %784
  %791 = load i32, i32* %2, align 4
  %792 = icmp eq i32 %791, 98
  br i1 %792, label %793, label %796

793:                                              ; preds = %790
  %794 = load i32, i32* %2, align 4
  %795 = icmp sgt i32 %794, 0
  br i1 %795, label %924, label %796

796:                                              ; preds = %793, %790
  %797 = load i32, i32* %2, align 4
  %798 = icmp eq i32 %797, 99
  br i1 %798, label %799, label %802

799:                                              ; preds = %796
  %800 = load i32, i32* %2, align 4
  %801 = icmp sgt i32 %800, 0
  br i1 %801, label %924, label %802

802:                                              ; preds = %799, %796
  %803 = load i32, i32* %2, align 4
  %804 = icmp eq i32 %803, 100
  br i1 %804, label %805, label %808

805:                                              ; preds = %802
  %806 = load i32, i32* %2, align 4
  %807 = icmp sgt i32 %806, 0
  br i1 %807, label %924, label %808

808:                                              ; preds = %805, %802
  %809 = load i32, i32* %2, align 4
  %810 = icmp eq i32 %809, 101
  br i1 %810, label %811, label %814

811:                                              ; preds = %808
  %812 = load i32, i32* %2, align 4
  %813 = icmp sgt i32 %812, 0
  br i1 %813, label %924, label %814

814:                                              ; preds = %811, %808
  %815 = load i32, i32* %2, align 4
  %816 = icmp eq i32 %815, 102
  br i1 %816, label %817, label %820

817:                                              ; preds = %814
  %818 = load i32, i32* %2, align 4
  %819 = icmp sgt i32 %818, 0
  br i1 %819, label %924, label %820

820:                                              ; preds = %817, %814
  %821 = load i32, i32* %2, align 4
  %822 = icmp eq i32 %821, 103
  br i1 %822, label %823, label %826

823:                                              ; preds = %820
  %824 = load i32, i32* %2, align 4
  %825 = icmp sgt i32 %824, 0
  br i1 %825, label %924, label %826

826:                                              ; preds = %823, %820
  %827 = load i32, i32* %2, align 4
  %828 = icmp eq i32 %827, 104
  br i1 %828, label %829, label %832

829:                                              ; preds = %826
  %830 = load i32, i32* %2, align 4
  %831 = icmp sgt i32 %830, 0
  br i1 %831, label %924, label %832

832:                                              ; preds = %829, %826
  %833 = load i32, i32* %2, align 4
  %834 = icmp eq i32 %833, 105
  br i1 %834, label %835, label %838

835:                                              ; preds = %832
  %836 = load i32, i32* %2, align 4
  %837 = icmp sgt i32 %836, 0
  br i1 %837, label %924, label %838

838:                                              ; preds = %835, %832
  %839 = load i32, i32* %2, align 4
  %840 = icmp eq i32 %839, 106
  br i1 %840, label %841, label %844

841:                                              ; preds = %838
  %842 = load i32, i32* %2, align 4
  %843 = icmp sgt i32 %842, 0
  br i1 %843, label %924, label %844

844:                                              ; preds = %841, %838
  %845 = load i32, i32* %2, align 4
  %846 = icmp eq i32 %845, 107
  br i1 %846, label %847, label %850

847:                                              ; preds = %844
  %848 = load i32, i32* %2, align 4
  %849 = icmp sgt i32 %848, 0
  br i1 %849, label %924, label %850

850:                                              ; preds = %847, %844
  %851 = load i32, i32* %2, align 4
  %852 = icmp eq i32 %851, 108
  br i1 %852, label %853, label %856

853:                                              ; preds = %850
  %854 = load i32, i32* %2, align 4
  %855 = icmp sgt i32 %854, 0
  br i1 %855, label %924, label %856

856:                                              ; preds = %853, %850
  %857 = load i32, i32* %2, align 4
  %858 = icmp eq i32 %857, 109
  br i1 %858, label %859, label %862

859:                                              ; preds = %856
  %860 = load i32, i32* %2, align 4
  %861 = icmp sgt i32 %860, 0
  br i1 %861, label %924, label %862

862:                                              ; preds = %859, %856
  %863 = load i32, i32* %2, align 4
  %864 = icmp eq i32 %863, 110
  br i1 %864, label %865, label %868

865:                                              ; preds = %862
  %866 = load i32, i32* %2, align 4
  %867 = icmp sgt i32 %866, 0
  br i1 %867, label %924, label %868

868:                                              ; preds = %865, %862
  %869 = load i32, i32* %2, align 4
  %870 = icmp eq i32 %869, 111
  br i1 %870, label %871, label %874

871:                                              ; preds = %868
  %872 = load i32, i32* %2, align 4
  %873 = icmp sgt i32 %872, 0
  br i1 %873, label %924, label %874

874:                                              ; preds = %871, %868
  %875 = load i32, i32* %2, align 4
  %876 = icmp eq i32 %875, 112
  br i1 %876, label %877, label %880

877:                                              ; preds = %874
  %878 = load i32, i32* %2, align 4
  %879 = icmp sgt i32 %878, 0
  br i1 %879, label %924, label %880

880:                                              ; preds = %877, %874
  %881 = load i32, i32* %2, align 4
  %882 = icmp eq i32 %881, 113
  br i1 %882, label %883, label %886

883:                                              ; preds = %880
  %884 = load i32, i32* %2, align 4
  %885 = icmp sgt i32 %884, 0
  br i1 %885, label %924, label %886

886:                                              ; preds = %883, %880
  %887 = load i32, i32* %2, align 4
  %888 = icmp eq i32 %887, 114
  br i1 %888, label %889, label %892

889:                                              ; preds = %886
  %890 = load i32, i32* %2, align 4
  %891 = icmp sgt i32 %890, 0
  br i1 %891, label %924, label %892

892:                                              ; preds = %889, %886
  %893 = load i32, i32* %2, align 4
  %894 = icmp eq i32 %893, 115
  br i1 %894, label %895, label %898

895:                                              ; preds = %892
  %896 = load i32, i32* %2, align 4
  %897 = icmp sgt i32 %896, 0
  br i1 %897, label %924, label %898

898:                                              ; preds = %895, %892
  %899 = load i32, i32* %2, align 4
  %900 = icmp eq i32 %899, 116
  br i1 %900, label %901, label %904

901:                                              ; preds = %898
  %902 = load i32, i32* %2, align 4
  %903 = icmp sgt i32 %902, 0
  br i1 %903, label %924, label %904

904:                                              ; preds = %901, %898
  %905 = load i32, i32* %2, align 4
  %906 = icmp eq i32 %905, 117
  br i1 %906, label %907, label %910

907:                                              ; preds = %904
  %908 = load i32, i32* %2, align 4
  %909 = icmp sgt i32 %908, 0
  br i1 %909, label %924, label %910

910:                                              ; preds = %907, %904
  %911 = load i32, i32* %2, align 4
  %912 = icmp eq i32 %911, 118
  br i1 %912, label %913, label %916

913:                                              ; preds = %910
  %914 = load i32, i32* %2, align 4
  %915 = icmp sgt i32 %914, 0
  br i1 %915, label %924, label %916

916:                                              ; preds = %913, %910
  %917 = load i32, i32* %2, align 4
  %918 = icmp eq i32 %917, 119
  br i1 %918, label %919, label %922

919:                                              ; preds = %916
  %920 = load i32, i32* %2, align 4
  %921 = icmp sgt i32 %920, 0
  br label %922

922:                                              ; preds = %919, %916
  %923 = phi i1 [ false, %916 ], [ %921, %919 ]
  br label %924

924:                                              ; preds = %922, %913, %907, %901, %895, %889, %883, %877, %871, %865, %859, %853, %847, %841, %835, %829, %823, %817, %811, %805, %799, %793, %787, %781, %775, %769, %763, %757, %751, %745, %739, %733, %727, %721, %715, %709, %703, %697, %691, %685, %679, %673, %667, %661, %655, %649, %643, %637, %631, %625, %619, %613, %607, %601, %595, %589, %583, %577, %571, %565, %559, %553, %547, %541, %535, %529, %523, %517, %511, %505
  %925 = phi i1 [ true, %913 ], [ true, %907 ], [ true, %901 ], [ true, %895 ], [ true, %889 ], [ true, %883 ], [ true, %877 ], [ true, %871 ], [ true, %865 ], [ true, %859 ], [ true, %853 ], [ true, %847 ], [ true, %841 ], [ true, %835 ], [ true, %829 ], [ true, %823 ], [ true, %817 ], [ true, %811 ], [ true, %805 ], [ true, %799 ], [ true, %793 ], [ true, %787 ], [ true, %781 ], [ true, %775 ], [ true, %769 ], [ true, %763 ], [ true, %757 ], [ true, %751 ], [ true, %745 ], [ true, %739 ], [ true, %733 ], [ true, %727 ], [ true, %721 ], [ true, %715 ], [ true, %709 ], [ true, %703 ], [ true, %697 ], [ true, %691 ], [ true, %685 ], [ true, %679 ], [ true, %673 ], [ true, %667 ], [ true, %661 ], [ true, %655 ], [ true, %649 ], [ true, %643 ], [ true, %637 ], [ true, %631 ], [ true, %625 ], [ true, %619 ], [ true, %613 ], [ true, %607 ], [ true, %601 ], [ true, %595 ], [ true, %589 ], [ true, %583 ], [ true, %577 ], [ true, %571 ], [ true, %565 ], [ true, %559 ], [ true, %553 ], [ true, %547 ], [ true, %541 ], [ true, %535 ], [ true, %529 ], [ true, %523 ], [ true, %517 ], [ true, %511 ], [ true, %505 ], [ %923, %922 ]
  %926 = zext i1 %925 to i32
  store i32 %926, i32* %7, align 4
  %927 = load i32, i32* %7, align 4
  call void @putint(i32 noundef %927)
  call void @putch(i32 noundef 10)
  %928 = bitcast [3 x i32]* %8 to i8*
  call void @llvm.memcpy.p0i8.p0i8.i64(i8* align 4 %928, i8* align 4 bitcast ([3 x i32]* @__const.main.arr to i8*), i64 12, i1 false)
  %929 = getelementptr inbounds [3 x i32], [3 x i32]* %8, i64 0, i64 0
  %930 = load i32, i32* %929, align 4
  %931 = sub nsw i32 %930, 1
  %932 = sext i32 %931 to i64
  %933 = getelementptr inbounds [3 x i32], [3 x i32]* %8, i64 0, i64 %932
  %934 = load i32, i32* %933, align 4
  %935 = add nsw i32 %934, 0
  %936 = sext i32 %935 to i64
  %937 = getelementptr inbounds [3 x i32], [3 x i32]* %8, i64 0, i64 %936
  %938 = load i32, i32* %937, align 4
  store i32 %938, i32* %9, align 4
  %939 = load i32, i32* %9, align 4
  call void @putint(i32 noundef %939)
  call void @putch(i32 noundef 10)
  %940 = load i32, i32* %3, align 4
  %941 = load i32, i32* %4, align 4
  %942 = add nsw i32 %940, %941
  %943 = load i32, i32* %5, align 4
  %944 = add nsw i32 %942, %943
  %945 = load i32, i32* %6, align 4
  %946 = add nsw i32 %944, %945
  %947 = load i32, i32* %7, align 4
  %948 = add nsw i32 %946, %947
  %949 = load i32, i32* %9, align 4
  %950 = add nsw i32 %948, %949
  %951 = srem i32 %950, 256
  ret i32 %951
}

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

; Function Attrs: argmemonly nofree nounwind willreturn
declare void @llvm.memcpy.p0i8.p0i8.i64(i8* noalias nocapture writeonly, i8* noalias nocapture readonly, i64, i1 immarg) #2

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { argmemonly nofree nounwind willreturn }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
