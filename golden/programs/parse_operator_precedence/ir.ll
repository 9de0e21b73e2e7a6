; ModuleID = 'parse_operator_precedence.sy'
source_filename = "parse_operator_precedence.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@.str = private unnamed_addr constant [31 x i8] c"%d %d %d %d %d %d %d %d %d %d\0A\00", align 1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca i32, align 4
  %3 = alloca i32, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca i32, align 4
  %9 = alloca i32, align 4
  %10 = alloca i32, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca i32, align 4
  %14 = alloca i32, align 4
  %15 = alloca i32, align 4
  %16 = alloca i32, align 4
  %17 = alloca i32, align 4
  %18 = alloca i32, align 4
  %19 = alloca i32, align 4
  %20 = alloca i32, align 4
  %21 = alloca i32, align 4
  %22 = alloca i32, align 4
  %23 = alloca i32, align 4
  %24 = alloca i32, align 4
  %25 = alloca i32, align 4
  %26 = alloca i32, align 4
  %27 = alloca float, align 4
  %28 = alloca float, align 4
  %29 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  store i32 7, i32* %2, align 4
  store i32 3, i32* %3, align 4
  store i32 -2, i32* %4, align 4
  store i32 5, i32* %5, align 4
  %30 = load i32, i32* %2, align 4
  %31 = load i32, i32* %3, align 4
  %32 = load i32, i32* %4, align 4
  %33 = mul nsw i32 %31, %32
  %34 = add nsw i32 %30, %33
  %35 = load i32, i32* %5, align 4
  %36 = load i32, i32* %3, align 4
  %37 = sdiv i32 %35, %36
  %38 = srem i32 %37, 2
  %39 = sub nsw i32 %34, %38
  store i32 %39, i32* %6, align 4
  %40 = load i32, i32* %2, align 4
  %41 = load i32, i32* %3, align 4
  %42 = load i32, i32* %4, align 4
  %43 = mul nsw i32 %41, %42
  %44 = add nsw i32 %40, %43
  %45 = load i32, i32* %5, align 4
  %46 = load i32, i32* %3, align 4
  %47 = sdiv i32 %45, %46
  %48 = srem i32 %47, 2
  %49 = sub nsw i32 %44, %48
  store i32 %49, i32* %7, align 4
  %50 = load i32, i32* %2, align 4
  %51 = load i32, i32* %3, align 4
  %52 = sub nsw i32 %50, %51
  %53 = load i32, i32* %4, align 4
  %54 = sub nsw i32 %52, %53
  %55 = load i32, i32* %5, align 4
  %56 = sub nsw i32 %54, %55
  store i32 %56, i32* %8, align 4
  %57 = load i32, i32* %2, align 4
  %58 = load i32, i32* %3, align 4
  %59 = sub nsw i32 %57, %58
  %60 = load i32, i32* %4, align 4
  %61 = sub nsw i32 %59, %60
  %62 = load i32, i32* %5, align 4
  %63 = sub nsw i32 %61, %62
  store i32 %63, i32* %9, align 4
  %64 = load i32, i32* %2, align 4
  %65 = load i32, i32* %3, align 4
  %66 = sdiv i32 %64, %65
  %67 = sdiv i32 %66, 2
  %68 = load i32, i32* %4, align 4
  %69 = mul nsw i32 %67, %68
  %70 = srem i32 %69, 3
  store i32 %70, i32* %10, align 4
  %71 = load i32, i32* %2, align 4
  %72 = load i32, i32* %3, align 4
  %73 = sdiv i32 %71, %72
  %74 = sdiv i32 %73, 2
  %75 = load i32, i32* %4, align 4
  %76 = mul nsw i32 %74, %75
  %77 = srem i32 %76, 3
  store i32 %77, i32* %11, align 4
  %78 = load i32, i32* %2, align 4
  %79 = sub nsw i32 0, %78
  %80 = load i32, i32* %3, align 4
  %81 = sub nsw i32 0, %80
  %82 = mul nsw i32 %79, %81
  %83 = load i32, i32* %4, align 4
  %84 = add nsw i32 %82, %83
  %85 = load i32, i32* %5, align 4
  %86 = sub nsw i32 0, %85
  %87 = sub nsw i32 %84, %86
  store i32 %87, i32* %12, align 4
  %88 = load i32, i32* %2, align 4
  %89 = sub nsw i32 0, %88
  %90 = load i32, i32* %3, align 4
  %91 = sub nsw i32 0, %90
  %92 = mul nsw i32 %89, %91
  %93 = load i32, i32* %4, align 4
  %94 = add nsw i32 %92, %93
  %95 = load i32, i32* %5, align 4
  %96 = sub nsw i32 0, %95
  %97 = sub nsw i32 %94, %96
  store i32 %97, i32* %13, align 4
  %98 = load i32, i32* %2, align 4
  %99 = load i32, i32* %3, align 4
  %100 = icmp slt i32 %98, %99
  %101 = zext i1 %100 to i32
  %102 = load i32, i32* %4, align 4
  %103 = load i32, i32* %5, align 4
  %104 = icmp slt i32 %102, %103
  %105 = zext i1 %104 to i32
  %106 = icmp eq i32 %101, %105
  %107 = zext i1 %106 to i32
  store i32 %107, i32* %14, align 4
  %108 = load i32, i32* %2, align 4
  %109 = load i32, i32* %3, align 4
  %110 = icmp slt i32 %108, %109
  %111 = zext i1 %110 to i32
  %112 = load i32, i32* %4, align 4
  %113 = load i32, i32* %5, align 4
  %114 = icmp slt i32 %112, %113
  %115 = zext i1 %114 to i32
  %116 = icmp eq i32 %111, %115
  %117 = zext i1 %116 to i32
  store i32 %117, i32* %15, align 4
  %118 = load i32, i32* %2, align 4
  %119 = add nsw i32 %118, 1
  %120 = load i32, i32* %3, align 4
  %121 = mul nsw i32 %120, 3
  %122 = icmp sgt i32 %119, %121
  %123 = zext i1 %122 to i32
  %124 = icmp ne i32 %123, 0
  %125 = zext i1 %124 to i32
  store i32 %125, i32* %16, align 4
  %126 = load i32, i32* %2, align 4
  %127 = add nsw i32 %126, 1
  %128 = load i32, i32* %3, align 4
  %129 = mul nsw i32 %128, 3
  %130 = icmp sgt i32 %127, %129
  %131 = zext i1 %130 to i32
  %132 = icmp ne i32 %131, 0
  %133 = zext i1 %132 to i32
  store i32 %133, i32* %17, align 4
  %134 = load i32, i32* %2, align 4
  %135 = icmp ne i32 %134, 0
  br i1 %135, label %142, label %136

136:                                              ; preds = %0
  %137 = load i32, i32* %3, align 4
  %138 = icmp ne i32 %137, 0
  br i1 %138, label %139, label %140

139:                                              ; preds = %136
  br label %140

140:                                              ; preds = %139, %136
  %141 = phi i1 [ false, %136 ], [ false, %139 ]
  br label %142

142:                                              ; preds = %140, %0
  %143 = phi i1 [ true, %0 ], [ %141, %140 ]
  %144 = zext i1 %143 to i32
  store i32 %144, i32* %18, align 4
  %145 = load i32, i32* %2, align 4
  %146 = icmp ne i32 %145, 0
  br i1 %146, label %153, label %147

147:                                              ; preds = %142
  %148 = load i32, i32* %3, align 4
  %149 = icmp ne i32 %148, 0
  br i1 %149, label %150, label %151

150:                                              ; preds = %147
  br label %151

151:                                              ; preds = %150, %147
  %152 = phi i1 [ false, %147 ], [ false, %150 ]
  br label %153

153:                                              ; preds = %151, %142
  %154 = phi i1 [ true, %142 ], [ %152, %151 ]
  %155 = zext i1 %154 to i32
  store i32 %155, i32* %19, align 4
  %156 = load i32, i32* %2, align 4
  %157 = icmp ne i32 %156, 0
  %158 = xor i1 %157, true
  %159 = zext i1 %158 to i32
  %160 = load i32, i32* %3, align 4
  %161 = add nsw i32 %159, %160
  store i32 %161, i32* %20, align 4
  %162 = load i32, i32* %2, align 4
  %163 = icmp ne i32 %162, 0
  %164 = xor i1 %163, true
  %165 = zext i1 %164 to i32
  %166 = load i32, i32* %3, align 4
  %167 = add nsw i32 %165, %166
  store i32 %167, i32* %21, align 4
  %168 = load i32, i32* %2, align 4
  %169 = icmp ne i32 %168, 0
  %170 = xor i1 %169, true
  %171 = zext i1 %170 to i32
  %172 = icmp eq i32 %171, 0
  br i1 %172, label %173, label %177

173:                                              ; preds = %153
  %174 = load i32, i32* %3, align 4
  %175 = load i32, i32* %2, align 4
  %176 = icmp sle i32 %174, %175
  br i1 %176, label %187, label %177

177:                                              ; preds = %173, %153
  %178 = load i32, i32* %4, align 4
  %179 = load i32, i32* %5, align 4
  %180 = icmp sge i32 %178, %179
  br i1 %180, label %181, label %185

181:                                              ; preds = %177
  %182 = load i32, i32* %5, align 4
  %183 = icmp ne i32 %182, 0
  %184 = xor i1 %183, true
  br label %185

185:                                              ; preds = %181, %177
  %186 = phi i1 [ false, %177 ], [ %184, %181 ]
  br label %187

187:                                              ; preds = %185, %173
  %188 = phi i1 [ true, %173 ], [ %186, %185 ]
  %189 = zext i1 %188 to i32
  store i32 %189, i32* %22, align 4
  %190 = load i32, i32* %2, align 4
  %191 = icmp ne i32 %190, 0
  %192 = xor i1 %191, true
  %193 = zext i1 %192 to i32
  %194 = icmp eq i32 %193, 0
  br i1 %194, label %195, label %199

195:                                              ; preds = %187
  %196 = load i32, i32* %3, align 4
  %197 = load i32, i32* %2, align 4
  %198 = icmp sle i32 %196, %197
  br i1 %198, label %209, label %199

199:                                              ; preds = %195, %187
  %200 = load i32, i32* %4, align 4
  %201 = load i32, i32* %5, align 4
  %202 = icmp sge i32 %200, %201
  br i1 %202, label %203, label %207

203:                                              ; preds = %199
  %204 = load i32, i32* %5, align 4
  %205 = icmp ne i32 %204, 0
  %206 = xor i1 %205, true
  br label %207

207:                                              ; preds = %203, %199
  %208 = phi i1 [ false, %199 ], [ %206, %203 ]
  br label %209

209:                                              ; preds = %207, %195
  %210 = phi i1 [ true, %195 ], [ %208, %207 ]
  %211 = zext i1 %210 to i32
  store i32 %211, i32* %23, align 4
  %212 = load i32, i32* %2, align 4
  %213 = load i32, i32* %3, align 4
  %214 = sub nsw i32 %212, %213
  %215 = load i32, i32* %4, align 4
  %216 = load i32, i32* %5, align 4
  %217 = mul nsw i32 %215, %216
  %218 = load i32, i32* %2, align 4
  %219 = sdiv i32 %217, %218
  %220 = add nsw i32 %214, %219
  %221 = load i32, i32* %3, align 4
  %222 = load i32, i32* %4, align 4
  %223 = srem i32 %221, %222
  %224 = sub nsw i32 %220, %223
  store i32 %224, i32* %24, align 4
  %225 = load i32, i32* %2, align 4
  %226 = load i32, i32* %3, align 4
  %227 = sub nsw i32 %225, %226
  %228 = load i32, i32* %4, align 4
  %229 = load i32, i32* %5, align 4
  %230 = mul nsw i32 %228, %229
  %231 = load i32, i32* %2, align 4
  %232 = sdiv i32 %230, %231
  %233 = add nsw i32 %227, %232
  %234 = load i32, i32* %3, align 4
  %235 = load i32, i32* %4, align 4
  %236 = srem i32 %234, %235
  %237 = sub nsw i32 %233, %236
  store i32 %237, i32* %25, align 4
  %238 = load i32, i32* %6, align 4
  %239 = load i32, i32* %8, align 4
  %240 = load i32, i32* %10, align 4
  %241 = load i32, i32* %12, align 4
  %242 = load i32, i32* %14, align 4
  %243 = load i32, i32* %16, align 4
  %244 = load i32, i32* %18, align 4
  %245 = load i32, i32* %20, align 4
  %246 = load i32, i32* %22, align 4
  %247 = load i32, i32* %24, align 4
  call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([31 x i8], [31 x i8]* @.str, i64 0, i64 0), i32 noundef %238, i32 noundef %239, i32 noundef %240, i32 noundef %241, i32 noundef %242, i32 noundef %243, i32 noundef %244, i32 noundef %245, i32 noundef %246, i32 noundef %247)
  %248 = load i32, i32* %6, align 4
  %249 = load i32, i32* %7, align 4
  %250 = icmp eq i32 %248, %249
  %251 = zext i1 %250 to i32
  %252 = load i32, i32* %8, align 4
  %253 = load i32, i32* %9, align 4
  %254 = icmp eq i32 %252, %253
  %255 = zext i1 %254 to i32
  %256 = add nsw i32 %251, %255
  %257 = load i32, i32* %10, align 4
  %258 = load i32, i32* %11, align 4
  %259 = icmp eq i32 %257, %258
  %260 = zext i1 %259 to i32
  %261 = add nsw i32 %256, %260
  %262 = load i32, i32* %12, align 4
  %263 = load i32, i32* %13, align 4
  %264 = icmp eq i32 %262, %263
  %265 = zext i1 %264 to i32
  %266 = add nsw i32 %261, %265
  %267 = load i32, i32* %14, align 4
  %268 = load i32, i32* %15, align 4
  %269 = icmp eq i32 %267, %268
  %270 = zext i1 %269 to i32
  %271 = add nsw i32 %266, %270
  %272 = load i32, i32* %16, align 4
  %273 = load i32, i32* %17, align 4
  %274 = icmp eq i32 %272, %273
  %275 = zext i1 %274 to i32
  %276 = add nsw i32 %271, %275
  %277 = load i32, i32* %18, align 4
  %278 = load i32, i32* %19, align 4
  %279 = icmp eq i32 %277, %278
  %280 = zext i1 %279 to i32
  %281 = add nsw i32 %276, %280
  %282 = load i32, i32* %20, align 4
  %283 = load i32, i32* %21, align 4
  %284 = icmp eq i32 %282, %283
  %285 = zext i1 %284 to i32
  %286 = add nsw i32 %281, %285
  %287 = load i32, i32* %22, align 4
  %288 = load i32, i32* %23, align 4
  %289 = icmp eq i32 %287, %288
  %290 = zext i1 %289 to i32
  %291 = add nsw i32 %286, %290
  %292 = load i32, i32* %24, align 4
  %293 = load i32, i32* %25, align 4
  %294 = icmp eq i32 %292, %293
  %295 = zext i1 %294 to i32
  %296 = add nsw i32 %291, %295
  store i32 %296, i32* %26, align 4
  %297 = load i32, i32* %26, align 4
  call void @putint(i32 noundef %297)
  call void @putch(i32 noundef 10)
  store float 6.500000e+00, float* %27, align 4
  store float 6.500000e+00, float* %28, align 4
  %298 = load float, float* %27, align 4
  call void @putfloat(float noundef %298)
  call void @putch(i32 noundef 32)
  %299 = load float, float* %28, align 4
  call void @putfloat(float noundef %299)
  call void @putch(i32 noundef 10)
  store i32 1, i32* %29, align 4
  %300 = load i32, i32* %29, align 4
  call void @putint(i32 noundef %300)
  call void @putch(i32 noundef 10)
  %301 = load i32, i32* %26, align 4
  %302 = mul nsw i32 %301, 10
  %303 = load i32, i32* %29, align 4
  %304 = add nsw i32 %302, %303
  %305 = load float, float* %27, align 4
  %306 = load float, float* %28, align 4
  %307 = fcmp oeq float %305, %306
  %308 = zext i1 %307 to i32
  %309 = add nsw i32 %304, %308
  ret i32 %309
}

declare void @putf(i8* noundef, ...) #1

declare void @putint(i32 noundef) #1

declare void @putch(i32 noundef) #1

declare void @putfloat(float noundef) #1

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 14.0.6"}
