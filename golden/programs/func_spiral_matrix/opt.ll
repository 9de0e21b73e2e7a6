; ModuleID = 'func_spiral_matrix.sy'
source_filename = "func_spiral_matrix.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@m = dso_local local_unnamed_addr global [7 x [9 x i32]] zeroinitializer, align 16

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  br label %1

1:                                                ; preds = %0, %153
  %2 = phi i64 [ 8, %0 ], [ %109, %153 ]
  %3 = phi i64 [ 0, %0 ], [ %24, %153 ]
  %4 = phi i64 [ 7, %0 ], [ %161, %153 ]
  %5 = phi i64 [ 1, %0 ], [ %160, %153 ]
  %6 = phi i32 [ 1, %0 ], [ %156, %153 ]
  %7 = phi i32 [ 0, %0 ], [ %155, %153 ]
  %8 = phi i32 [ 6, %0 ], [ %107, %153 ]
  %9 = xor i64 %3, -1
  %10 = trunc i64 %3 to i32
  %11 = trunc i64 %3 to i32
  %12 = xor i32 %11, -1
  %13 = sext i32 %7 to i64
  %14 = icmp slt i64 %2, %13
  br i1 %14, label %22, label %15

15:                                               ; preds = %1, %15
  %16 = phi i64 [ %20, %15 ], [ %13, %1 ]
  %17 = phi i32 [ %19, %15 ], [ %6, %1 ]
  %18 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %3, i64 %16
  store i32 %17, i32* %18, align 4, !tbaa !5
  %19 = add nsw i32 %17, 1
  %20 = add nsw i64 %16, 1
  %21 = icmp slt i64 %16, %2
  br i1 %21, label %15, label %22, !llvm.loop !9

22:                                               ; preds = %15, %1
  %23 = phi i32 [ %6, %1 ], [ %19, %15 ]
  %24 = add nuw nsw i64 %3, 1
  %25 = sext i32 %8 to i64
  %26 = icmp slt i64 %3, %25
  br i1 %26, label %27, label %106

27:                                               ; preds = %22
  %28 = add i32 %8, 1
  %29 = sub i32 %8, %10
  %30 = add i32 %8, %12
  %31 = and i32 %29, 3
  %32 = icmp eq i32 %31, 0
  br i1 %32, label %42, label %33

33:                                               ; preds = %27, %33
  %34 = phi i64 [ %39, %33 ], [ %5, %27 ]
  %35 = phi i32 [ %38, %33 ], [ %23, %27 ]
  %36 = phi i32 [ %40, %33 ], [ 0, %27 ]
  %37 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %34, i64 %2
  store i32 %35, i32* %37, align 4, !tbaa !5
  %38 = add nsw i32 %35, 1
  %39 = add nuw nsw i64 %34, 1
  %40 = add i32 %36, 1
  %41 = icmp eq i32 %40, %31
  br i1 %41, label %42, label %33, !llvm.loop !11

42:                                               ; preds = %33, %27
  %43 = phi i32 [ undef, %27 ], [ %38, %33 ]
  %44 = phi i64 [ %5, %27 ], [ %39, %33 ]
  %45 = phi i32 [ %23, %27 ], [ %38, %33 ]
  %46 = icmp ult i32 %30, 3
  br i1 %46, label %64, label %47

47:                                               ; preds = %42, %47
  %48 = phi i64 [ %61, %47 ], [ %44, %42 ]
  %49 = phi i32 [ %60, %47 ], [ %45, %42 ]
  %50 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %48, i64 %2
  store i32 %49, i32* %50, align 4, !tbaa !5
  %51 = add nsw i32 %49, 1
  %52 = add nuw nsw i64 %48, 1
  %53 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %52, i64 %2
  store i32 %51, i32* %53, align 4, !tbaa !5
  %54 = add nsw i32 %49, 2
  %55 = add nuw nsw i64 %48, 2
  %56 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %55, i64 %2
  store i32 %54, i32* %56, align 4, !tbaa !5
  %57 = add nsw i32 %49, 3
  %58 = add nuw nsw i64 %48, 3
  %59 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %58, i64 %2
  store i32 %57, i32* %59, align 4, !tbaa !5
  %60 = add nsw i32 %49, 4
  %61 = add nuw nsw i64 %48, 4
  %62 = trunc i64 %61 to i32
  %63 = icmp eq i32 %28, %62
  br i1 %63, label %64, label %47, !llvm.loop !13

64:                                               ; preds = %47, %42
  %65 = phi i32 [ %43, %42 ], [ %60, %47 ]
  br i1 %26, label %66, label %106

66:                                               ; preds = %64
  %67 = icmp sgt i64 %2, %13
  br i1 %67, label %68, label %103

68:                                               ; preds = %66
  %69 = sub i64 %2, %13
  %70 = sub i64 %4, %13
  %71 = and i64 %69, 3
  %72 = icmp eq i64 %71, 0
  br i1 %72, label %82, label %73

73:                                               ; preds = %68, %73
  %74 = phi i64 [ %79, %73 ], [ %4, %68 ]
  %75 = phi i32 [ %78, %73 ], [ %65, %68 ]
  %76 = phi i64 [ %80, %73 ], [ 0, %68 ]
  %77 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %25, i64 %74
  store i32 %75, i32* %77, align 4, !tbaa !5
  %78 = add nsw i32 %75, 1
  %79 = add nsw i64 %74, -1
  %80 = add i64 %76, 1
  %81 = icmp eq i64 %80, %71
  br i1 %81, label %82, label %73, !llvm.loop !14

82:                                               ; preds = %73, %68
  %83 = phi i64 [ %4, %68 ], [ %79, %73 ]
  %84 = phi i32 [ %65, %68 ], [ %78, %73 ]
  %85 = phi i32 [ undef, %68 ], [ %78, %73 ]
  %86 = icmp ult i64 %70, 3
  br i1 %86, label %103, label %87

87:                                               ; preds = %82, %87
  %88 = phi i64 [ %101, %87 ], [ %83, %82 ]
  %89 = phi i32 [ %100, %87 ], [ %84, %82 ]
  %90 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %25, i64 %88
  store i32 %89, i32* %90, align 4, !tbaa !5
  %91 = add nsw i32 %89, 1
  %92 = add nsw i64 %88, -1
  %93 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %25, i64 %92
  store i32 %91, i32* %93, align 4, !tbaa !5
  %94 = add nsw i32 %89, 2
  %95 = add nsw i64 %88, -2
  %96 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %25, i64 %95
  store i32 %94, i32* %96, align 4, !tbaa !5
  %97 = add nsw i32 %89, 3
  %98 = add nsw i64 %88, -3
  %99 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %25, i64 %98
  store i32 %97, i32* %99, align 4, !tbaa !5
  %100 = add nsw i32 %89, 4
  %101 = add nsw i64 %88, -4
  %102 = icmp sgt i64 %98, %13
  br i1 %102, label %87, label %103, !llvm.loop !15

103:                                              ; preds = %82, %87, %66
  %104 = phi i32 [ %65, %66 ], [ %85, %82 ], [ %100, %87 ]
  %105 = add nsw i32 %8, -1
  br label %106

106:                                              ; preds = %22, %103, %64
  %107 = phi i32 [ %105, %103 ], [ %8, %64 ], [ %8, %22 ]
  %108 = phi i32 [ %104, %103 ], [ %65, %64 ], [ %23, %22 ]
  %109 = add nsw i64 %2, -1
  %110 = icmp sgt i64 %2, %13
  %111 = sext i32 %107 to i64
  br i1 %110, label %112, label %153

112:                                              ; preds = %106
  %113 = icmp slt i64 %3, %111
  br i1 %113, label %114, label %149

114:                                              ; preds = %112
  %115 = sub i64 %111, %3
  %116 = add i64 %9, %111
  %117 = and i64 %115, 3
  %118 = icmp eq i64 %117, 0
  br i1 %118, label %128, label %119

119:                                              ; preds = %114, %119
  %120 = phi i64 [ %125, %119 ], [ %111, %114 ]
  %121 = phi i32 [ %124, %119 ], [ %108, %114 ]
  %122 = phi i64 [ %126, %119 ], [ 0, %114 ]
  %123 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %120, i64 %13
  store i32 %121, i32* %123, align 4, !tbaa !5
  %124 = add nsw i32 %121, 1
  %125 = add nsw i64 %120, -1
  %126 = add i64 %122, 1
  %127 = icmp eq i64 %126, %117
  br i1 %127, label %128, label %119, !llvm.loop !16

128:                                              ; preds = %119, %114
  %129 = phi i64 [ %111, %114 ], [ %125, %119 ]
  %130 = phi i32 [ %108, %114 ], [ %124, %119 ]
  %131 = phi i32 [ undef, %114 ], [ %124, %119 ]
  %132 = icmp ult i64 %116, 3
  br i1 %132, label %149, label %133

133:                                              ; preds = %128, %133
  %134 = phi i64 [ %147, %133 ], [ %129, %128 ]
  %135 = phi i32 [ %146, %133 ], [ %130, %128 ]
  %136 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %134, i64 %13
  store i32 %135, i32* %136, align 4, !tbaa !5
  %137 = add nsw i32 %135, 1
  %138 = add nsw i64 %134, -1
  %139 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %138, i64 %13
  store i32 %137, i32* %139, align 4, !tbaa !5
  %140 = add nsw i32 %135, 2
  %141 = add nsw i64 %134, -2
  %142 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %141, i64 %13
  store i32 %140, i32* %142, align 4, !tbaa !5
  %143 = add nsw i32 %135, 3
  %144 = add nsw i64 %134, -3
  %145 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %144, i64 %13
  store i32 %143, i32* %145, align 4, !tbaa !5
  %146 = add nsw i32 %135, 4
  %147 = add nsw i64 %134, -4
  %148 = icmp sgt i64 %147, %3
  br i1 %148, label %133, label %149, !llvm.loop !17

149:                                              ; preds = %128, %133, %112
  %150 = phi i32 [ %108, %112 ], [ %131, %128 ], [ %146, %133 ]
  %151 = add nsw i32 %7, 1
  %152 = sext i32 %151 to i64
  br label %153

153:                                              ; preds = %106, %149
  %154 = phi i64 [ %152, %149 ], [ %13, %106 ]
  %155 = phi i32 [ %151, %149 ], [ %7, %106 ]
  %156 = phi i32 [ %150, %149 ], [ %108, %106 ]
  %157 = icmp slt i64 %3, %111
  %158 = icmp slt i64 %154, %2
  %159 = select i1 %157, i1 %158, i1 false
  %160 = add nuw nsw i64 %5, 1
  %161 = add nsw i64 %4, -1
  br i1 %159, label %1, label %162, !llvm.loop !18

162:                                              ; preds = %153, %225
  %163 = phi i64 [ %227, %225 ], [ 0, %153 ]
  %164 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %163, i64 0
  %165 = load i32, i32* %164, align 4, !tbaa !5
  %166 = icmp slt i32 %165, 10
  br i1 %166, label %167, label %169

167:                                              ; preds = %162
  tail call void @putch(i32 noundef 32) #2
  %168 = load i32, i32* %164, align 4, !tbaa !5
  br label %169

169:                                              ; preds = %167, %162
  %170 = phi i32 [ %168, %167 ], [ %165, %162 ]
  tail call void @putint(i32 noundef %170) #2
  tail call void @putch(i32 noundef 32) #2
  %171 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %163, i64 1
  %172 = load i32, i32* %171, align 4, !tbaa !5
  %173 = icmp slt i32 %172, 10
  br i1 %173, label %174, label %176

174:                                              ; preds = %169
  tail call void @putch(i32 noundef 32) #2
  %175 = load i32, i32* %171, align 4, !tbaa !5
  br label %176

176:                                              ; preds = %174, %169
  %177 = phi i32 [ %175, %174 ], [ %172, %169 ]
  tail call void @putint(i32 noundef %177) #2
  tail call void @putch(i32 noundef 32) #2
  %178 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %163, i64 2
  %179 = load i32, i32* %178, align 4, !tbaa !5
  %180 = icmp slt i32 %179, 10
  br i1 %180, label %181, label %183

181:                                              ; preds = %176
  tail call void @putch(i32 noundef 32) #2
  %182 = load i32, i32* %178, align 4, !tbaa !5
  br label %183

183:                                              ; preds = %181, %176
  %184 = phi i32 [ %182, %181 ], [ %179, %176 ]
  tail call void @putint(i32 noundef %184) #2
  tail call void @putch(i32 noundef 32) #2
  %185 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %163, i64 3
  %186 = load i32, i32* %185, align 4, !tbaa !5
  %187 = icmp slt i32 %186, 10
  br i1 %187, label %188, label %190

188:                                              ; preds = %183
  tail call void @putch(i32 noundef 32) #2
  %189 = load i32, i32* %185, align 4, !tbaa !5
  br label %190

190:                                              ; preds = %188, %183
  %191 = phi i32 [ %189, %188 ], [ %186, %183 ]
  tail call void @putint(i32 noundef %191) #2
  tail call void @putch(i32 noundef 32) #2
  %192 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %163, i64 4
  %193 = load i32, i32* %192, align 4, !tbaa !5
  %194 = icmp slt i32 %193, 10
  br i1 %194, label %195, label %197

195:                                              ; preds = %190
  tail call void @putch(i32 noundef 32) #2
  %196 = load i32, i32* %192, align 4, !tbaa !5
  br label %197

197:                                              ; preds = %195, %190
  %198 = phi i32 [ %196, %195 ], [ %193, %190 ]
  tail call void @putint(i32 noundef %198) #2
  tail call void @putch(i32 noundef 32) #2
  %199 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %163, i64 5
  %200 = load i32, i32* %199, align 4, !tbaa !5
  %201 = icmp slt i32 %200, 10
  br i1 %201, label %202, label %204

202:                                              ; preds = %197
  tail call void @putch(i32 noundef 32) #2
  %203 = load i32, i32* %199, align 4, !tbaa !5
  br label %204

204:                                              ; preds = %202, %197
  %205 = phi i32 [ %203, %202 ], [ %200, %197 ]
  tail call void @putint(i32 noundef %205) #2
  tail call void @putch(i32 noundef 32) #2
  %206 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %163, i64 6
  %207 = load i32, i32* %206, align 4, !tbaa !5
  %208 = icmp slt i32 %207, 10
  br i1 %208, label %209, label %211

209:                                              ; preds = %204
  tail call void @putch(i32 noundef 32) #2
  %210 = load i32, i32* %206, align 4, !tbaa !5
  br label %211

211:                                              ; preds = %209, %204
  %212 = phi i32 [ %210, %209 ], [ %207, %204 ]
  tail call void @putint(i32 noundef %212) #2
  tail call void @putch(i32 noundef 32) #2
  %213 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %163, i64 7
  %214 = load i32, i32* %213, align 4, !tbaa !5
  %215 = icmp slt i32 %214, 10
  br i1 %215, label %216, label %218

216:                                              ; preds = %211
  tail call void @putch(i32 noundef 32) #2
  %217 = load i32, i32* %213, align 4, !tbaa !5
  br label %218

218:                                              ; preds = %216, %211
  %219 = phi i32 [ %217, %216 ], [ %214, %211 ]
  tail call void @putint(i32 noundef %219) #2
  tail call void @putch(i32 noundef 32) #2
  %220 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 %163, i64 8
  %221 = load i32, i32* %220, align 4, !tbaa !5
  %222 = icmp slt i32 %221, 10
  br i1 %222, label %223, label %225

223:                                              ; preds = %218
  tail call void @putch(i32 noundef 32) #2
  %224 = load i32, i32* %220, align 4, !tbaa !5
  br label %225

225:                                              ; preds = %223, %218
  %226 = phi i32 [ %224, %223 ], [ %221, %218 ]
  tail call void @putint(i32 noundef %226) #2
  tail call void @putch(i32 noundef 32) #2
  tail call void @putch(i32 noundef 10) #2
  %227 = add nuw nsw i64 %163, 1
  %228 = icmp eq i64 %227, 7
  br i1 %228, label %229, label %162, !llvm.loop !19

229:                                              ; preds = %225, %311
  %230 = phi i64 [ %313, %311 ], [ 0, %225 ]
  %231 = phi i32 [ %312, %311 ], [ 0, %225 ]
  %232 = icmp ult i64 %230, 9
  br i1 %232, label %233, label %239

233:                                              ; preds = %229
  %234 = mul nsw i32 %231, 7
  %235 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 0, i64 %230
  %236 = load i32, i32* %235, align 4, !tbaa !5
  %237 = add nsw i32 %236, %234
  %238 = srem i32 %237, 9973
  br label %239

239:                                              ; preds = %233, %229
  %240 = phi i32 [ %238, %233 ], [ %231, %229 ]
  %241 = trunc i64 %230 to i32
  %242 = add i32 %241, -1
  %243 = icmp ult i32 %242, 9
  br i1 %243, label %244, label %251

244:                                              ; preds = %239
  %245 = mul nsw i32 %240, 7
  %246 = zext i32 %242 to i64
  %247 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 1, i64 %246
  %248 = load i32, i32* %247, align 4, !tbaa !5
  %249 = add nsw i32 %248, %245
  %250 = srem i32 %249, 9973
  br label %251

251:                                              ; preds = %244, %239
  %252 = phi i32 [ %250, %244 ], [ %240, %239 ]
  %253 = trunc i64 %230 to i32
  %254 = add i32 %253, -2
  %255 = icmp ult i32 %254, 9
  br i1 %255, label %256, label %263

256:                                              ; preds = %251
  %257 = mul nsw i32 %252, 7
  %258 = zext i32 %254 to i64
  %259 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 2, i64 %258
  %260 = load i32, i32* %259, align 4, !tbaa !5
  %261 = add nsw i32 %260, %257
  %262 = srem i32 %261, 9973
  br label %263

263:                                              ; preds = %256, %251
  %264 = phi i32 [ %262, %256 ], [ %252, %251 ]
  %265 = trunc i64 %230 to i32
  %266 = add i32 %265, -3
  %267 = icmp ult i32 %266, 9
  br i1 %267, label %268, label %275

268:                                              ; preds = %263
  %269 = mul nsw i32 %264, 7
  %270 = zext i32 %266 to i64
  %271 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 3, i64 %270
  %272 = load i32, i32* %271, align 4, !tbaa !5
  %273 = add nsw i32 %272, %269
  %274 = srem i32 %273, 9973
  br label %275

275:                                              ; preds = %268, %263
  %276 = phi i32 [ %274, %268 ], [ %264, %263 ]
  %277 = trunc i64 %230 to i32
  %278 = add i32 %277, -4
  %279 = icmp ult i32 %278, 9
  br i1 %279, label %280, label %287

280:                                              ; preds = %275
  %281 = mul nsw i32 %276, 7
  %282 = zext i32 %278 to i64
  %283 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 4, i64 %282
  %284 = load i32, i32* %283, align 4, !tbaa !5
  %285 = add nsw i32 %284, %281
  %286 = srem i32 %285, 9973
  br label %287

287:                                              ; preds = %280, %275
  %288 = phi i32 [ %286, %280 ], [ %276, %275 ]
  %289 = trunc i64 %230 to i32
  %290 = add i32 %289, -5
  %291 = icmp ult i32 %290, 9
  br i1 %291, label %292, label %299

292:                                              ; preds = %287
  %293 = mul nsw i32 %288, 7
  %294 = zext i32 %290 to i64
  %295 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 5, i64 %294
  %296 = load i32, i32* %295, align 4, !tbaa !5
  %297 = add nsw i32 %296, %293
  %298 = srem i32 %297, 9973
  br label %299

299:                                              ; preds = %292, %287
  %300 = phi i32 [ %298, %292 ], [ %288, %287 ]
  %301 = trunc i64 %230 to i32
  %302 = add i32 %301, -6
  %303 = icmp ult i32 %302, 9
  br i1 %303, label %304, label %311

304:                                              ; preds = %299
  %305 = mul nsw i32 %300, 7
  %306 = zext i32 %302 to i64
  %307 = getelementptr inbounds [7 x [9 x i32]], [7 x [9 x i32]]* @m, i64 0, i64 6, i64 %306
  %308 = load i32, i32* %307, align 4, !tbaa !5
  %309 = add nsw i32 %308, %305
  %310 = srem i32 %309, 9973
  br label %311

311:                                              ; preds = %304, %299
  %312 = phi i32 [ %310, %304 ], [ %300, %299 ]
  %313 = add nuw nsw i64 %230, 1
  %314 = icmp eq i64 %313, 15
  br i1 %314, label %315, label %229, !llvm.loop !20

315:                                              ; preds = %311
  tail call void @putint(i32 noundef %312) #2
  tail call void @putch(i32 noundef 10) #2
  %316 = srem i32 %312, 256
  ret i32 %316
}

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putint(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
!19 = distinct !{!19, !10}
!20 = distinct !{!20, !10}
