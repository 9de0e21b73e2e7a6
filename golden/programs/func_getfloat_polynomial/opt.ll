; ModuleID = 'func_getfloat_polynomial.sy'
source_filename = "func_getfloat_polynomial.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@coef = dso_local local_unnamed_addr global [16 x float] zeroinitializer, align 16
@deriv = dso_local local_unnamed_addr global [16 x float] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind readonly uwtable
define dso_local float @horner(float* nocapture noundef readonly %0, i32 noundef %1, float noundef %2) local_unnamed_addr #0 {
  %4 = sext i32 %1 to i64
  %5 = getelementptr inbounds float, float* %0, i64 %4
  %6 = load float, float* %5, align 4, !tbaa !5
  %7 = icmp sgt i32 %1, 0
  br i1 %7, label %8, label %58

8:                                                ; preds = %3
  %9 = zext i32 %1 to i64
  %10 = add nsw i64 %9, -1
  %11 = and i64 %9, 3
  %12 = icmp eq i64 %11, 0
  br i1 %12, label %25, label %13

13:                                               ; preds = %8, %13
  %14 = phi i64 [ %17, %13 ], [ %9, %8 ]
  %15 = phi float [ %22, %13 ], [ %6, %8 ]
  %16 = phi i64 [ %23, %13 ], [ 0, %8 ]
  %17 = add nsw i64 %14, -1
  %18 = fmul float %15, %2
  %19 = and i64 %17, 4294967295
  %20 = getelementptr inbounds float, float* %0, i64 %19
  %21 = load float, float* %20, align 4, !tbaa !5
  %22 = fadd float %18, %21
  %23 = add i64 %16, 1
  %24 = icmp eq i64 %23, %11
  br i1 %24, label %25, label %13, !llvm.loop !9

25:                                               ; preds = %13, %8
  %26 = phi i64 [ %9, %8 ], [ %17, %13 ]
  %27 = phi float [ %6, %8 ], [ %22, %13 ]
  %28 = phi float [ undef, %8 ], [ %22, %13 ]
  %29 = icmp ult i64 %10, 3
  br i1 %29, label %58, label %30

30:                                               ; preds = %25, %30
  %31 = phi i64 [ %51, %30 ], [ %26, %25 ]
  %32 = phi float [ %56, %30 ], [ %27, %25 ]
  %33 = add i64 %31, 4294967295
  %34 = fmul float %32, %2
  %35 = and i64 %33, 4294967295
  %36 = getelementptr inbounds float, float* %0, i64 %35
  %37 = load float, float* %36, align 4, !tbaa !5
  %38 = fadd float %34, %37
  %39 = add i64 %31, 4294967294
  %40 = fmul float %38, %2
  %41 = and i64 %39, 4294967295
  %42 = getelementptr inbounds float, float* %0, i64 %41
  %43 = load float, float* %42, align 4, !tbaa !5
  %44 = fadd float %40, %43
  %45 = add nsw i64 %31, -3
  %46 = fmul float %44, %2
  %47 = and i64 %45, 4294967295
  %48 = getelementptr inbounds float, float* %0, i64 %47
  %49 = load float, float* %48, align 4, !tbaa !5
  %50 = fadd float %46, %49
  %51 = add nsw i64 %31, -4
  %52 = fmul float %50, %2
  %53 = and i64 %51, 4294967295
  %54 = getelementptr inbounds float, float* %0, i64 %53
  %55 = load float, float* %54, align 4, !tbaa !5
  %56 = fadd float %52, %55
  %57 = icmp ugt i64 %45, 1
  br i1 %57, label %30, label %58, !llvm.loop !11

58:                                               ; preds = %25, %30, %3
  %59 = phi float [ %6, %3 ], [ %28, %25 ], [ %56, %30 ]
  ret float %59
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  %1 = tail call i32 @getint() #3
  %2 = icmp slt i32 %1, 0
  br i1 %2, label %51, label %3

3:                                                ; preds = %0
  %4 = add nuw i32 %1, 1
  %5 = zext i32 %4 to i64
  br label %14

6:                                                ; preds = %14
  %7 = icmp slt i32 %1, 1
  br i1 %7, label %51, label %8

8:                                                ; preds = %6
  %9 = add nsw i64 %5, -1
  %10 = and i64 %9, 1
  %11 = icmp eq i32 %4, 2
  br i1 %11, label %40, label %12

12:                                               ; preds = %8
  %13 = and i64 %9, -2
  br label %20

14:                                               ; preds = %3, %14
  %15 = phi i64 [ 0, %3 ], [ %18, %14 ]
  %16 = tail call float @getfloat() #3
  %17 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %15
  store float %16, float* %17, align 4, !tbaa !5
  %18 = add nuw nsw i64 %15, 1
  %19 = icmp eq i64 %18, %5
  br i1 %19, label %6, label %14, !llvm.loop !13

20:                                               ; preds = %20, %12
  %21 = phi i64 [ 1, %12 ], [ %37, %20 ]
  %22 = phi i64 [ 0, %12 ], [ %38, %20 ]
  %23 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %21
  %24 = load float, float* %23, align 4, !tbaa !5
  %25 = trunc i64 %21 to i32
  %26 = sitofp i32 %25 to float
  %27 = fmul float %24, %26
  %28 = add nsw i64 %21, -1
  %29 = getelementptr inbounds [16 x float], [16 x float]* @deriv, i64 0, i64 %28
  store float %27, float* %29, align 4, !tbaa !5
  %30 = add nuw nsw i64 %21, 1
  %31 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %30
  %32 = load float, float* %31, align 4, !tbaa !5
  %33 = trunc i64 %30 to i32
  %34 = sitofp i32 %33 to float
  %35 = fmul float %32, %34
  %36 = getelementptr inbounds [16 x float], [16 x float]* @deriv, i64 0, i64 %21
  store float %35, float* %36, align 4, !tbaa !5
  %37 = add nuw nsw i64 %21, 2
  %38 = add i64 %22, 2
  %39 = icmp eq i64 %38, %13
  br i1 %39, label %40, label %20, !llvm.loop !14

40:                                               ; preds = %20, %8
  %41 = phi i64 [ 1, %8 ], [ %37, %20 ]
  %42 = icmp eq i64 %10, 0
  br i1 %42, label %51, label %43

43:                                               ; preds = %40
  %44 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %41
  %45 = load float, float* %44, align 4, !tbaa !5
  %46 = trunc i64 %41 to i32
  %47 = sitofp i32 %46 to float
  %48 = fmul float %45, %47
  %49 = add nsw i64 %41, -1
  %50 = getelementptr inbounds [16 x float], [16 x float]* @deriv, i64 0, i64 %49
  store float %48, float* %50, align 4, !tbaa !5
  br label %51

51:                                               ; preds = %43, %40, %0, %6
  %52 = tail call i32 @getint() #3
  %53 = icmp sgt i32 %52, 0
  %54 = sext i32 %1 to i64
  br i1 %53, label %55, label %134

55:                                               ; preds = %51
  %56 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %54
  %57 = icmp sgt i32 %1, 0
  %58 = zext i32 %1 to i64
  %59 = add nsw i32 %1, -1
  %60 = sext i32 %59 to i64
  %61 = getelementptr inbounds [16 x float], [16 x float]* @deriv, i64 0, i64 %60
  %62 = icmp sgt i32 %1, 1
  %63 = zext i32 %59 to i64
  %64 = add nsw i64 %58, -1
  %65 = and i64 %58, 3
  %66 = icmp eq i64 %65, 0
  %67 = icmp ult i64 %64, 3
  br label %68

68:                                               ; preds = %55, %130
  %69 = phi i32 [ %52, %55 ], [ %132, %130 ]
  %70 = tail call float @getfloat() #3
  tail call void @putfloat(float noundef %70) #3
  tail call void @putch(i32 noundef 32) #3
  %71 = load float, float* %56, align 4, !tbaa !5
  br i1 %57, label %72, label %117

72:                                               ; preds = %68
  br i1 %66, label %85, label %73

73:                                               ; preds = %72, %73
  %74 = phi i64 [ %77, %73 ], [ %58, %72 ]
  %75 = phi float [ %82, %73 ], [ %71, %72 ]
  %76 = phi i64 [ %83, %73 ], [ 0, %72 ]
  %77 = add nsw i64 %74, -1
  %78 = fmul float %70, %75
  %79 = and i64 %77, 4294967295
  %80 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %79
  %81 = load float, float* %80, align 4, !tbaa !5
  %82 = fadd float %78, %81
  %83 = add i64 %76, 1
  %84 = icmp eq i64 %83, %65
  br i1 %84, label %85, label %73, !llvm.loop !15

85:                                               ; preds = %73, %72
  %86 = phi i64 [ %58, %72 ], [ %77, %73 ]
  %87 = phi float [ %71, %72 ], [ %82, %73 ]
  %88 = phi float [ undef, %72 ], [ %82, %73 ]
  br i1 %67, label %117, label %89

89:                                               ; preds = %85, %89
  %90 = phi i64 [ %110, %89 ], [ %86, %85 ]
  %91 = phi float [ %115, %89 ], [ %87, %85 ]
  %92 = add i64 %90, 4294967295
  %93 = fmul float %70, %91
  %94 = and i64 %92, 4294967295
  %95 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %94
  %96 = load float, float* %95, align 4, !tbaa !5
  %97 = fadd float %93, %96
  %98 = add i64 %90, 4294967294
  %99 = fmul float %70, %97
  %100 = and i64 %98, 4294967295
  %101 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %100
  %102 = load float, float* %101, align 4, !tbaa !5
  %103 = fadd float %99, %102
  %104 = add nsw i64 %90, -3
  %105 = fmul float %70, %103
  %106 = and i64 %104, 4294967295
  %107 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %106
  %108 = load float, float* %107, align 4, !tbaa !5
  %109 = fadd float %105, %108
  %110 = add nsw i64 %90, -4
  %111 = fmul float %70, %109
  %112 = and i64 %110, 4294967295
  %113 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %112
  %114 = load float, float* %113, align 4, !tbaa !5
  %115 = fadd float %111, %114
  %116 = icmp ugt i64 %104, 1
  br i1 %116, label %89, label %117, !llvm.loop !11

117:                                              ; preds = %85, %89, %68
  %118 = phi float [ %71, %68 ], [ %88, %85 ], [ %115, %89 ]
  tail call void @putfloat(float noundef %118) #3
  tail call void @putch(i32 noundef 32) #3
  %119 = load float, float* %61, align 4, !tbaa !5
  br i1 %62, label %120, label %130

120:                                              ; preds = %117, %120
  %121 = phi i64 [ %123, %120 ], [ %63, %117 ]
  %122 = phi float [ %128, %120 ], [ %119, %117 ]
  %123 = add nsw i64 %121, -1
  %124 = fmul float %70, %122
  %125 = and i64 %123, 4294967295
  %126 = getelementptr inbounds [16 x float], [16 x float]* @deriv, i64 0, i64 %125
  %127 = load float, float* %126, align 4, !tbaa !5
  %128 = fadd float %124, %127
  %129 = icmp ugt i64 %121, 1
  br i1 %129, label %120, label %130, !llvm.loop !11

130:                                              ; preds = %120, %117
  %131 = phi float [ %119, %117 ], [ %128, %120 ]
  tail call void @putfloat(float noundef %131) #3
  tail call void @putch(i32 noundef 10) #3
  %132 = add nsw i32 %69, -1
  %133 = icmp sgt i32 %69, 1
  br i1 %133, label %68, label %134, !llvm.loop !16

134:                                              ; preds = %130, %51
  %135 = tail call float @getfloat() #3
  %136 = tail call float @getfloat() #3
  %137 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %54
  %138 = load float, float* %137, align 4, !tbaa !5
  %139 = icmp sgt i32 %1, 0
  %140 = zext i32 %1 to i64
  br i1 %139, label %141, label %190

141:                                              ; preds = %134
  %142 = add nsw i64 %140, -1
  %143 = and i64 %140, 3
  %144 = icmp eq i64 %143, 0
  br i1 %144, label %157, label %145

145:                                              ; preds = %141, %145
  %146 = phi i64 [ %149, %145 ], [ %140, %141 ]
  %147 = phi float [ %154, %145 ], [ %138, %141 ]
  %148 = phi i64 [ %155, %145 ], [ 0, %141 ]
  %149 = add nsw i64 %146, -1
  %150 = fmul float %135, %147
  %151 = and i64 %149, 4294967295
  %152 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %151
  %153 = load float, float* %152, align 4, !tbaa !5
  %154 = fadd float %150, %153
  %155 = add i64 %148, 1
  %156 = icmp eq i64 %155, %143
  br i1 %156, label %157, label %145, !llvm.loop !17

157:                                              ; preds = %145, %141
  %158 = phi i64 [ %140, %141 ], [ %149, %145 ]
  %159 = phi float [ %138, %141 ], [ %154, %145 ]
  %160 = phi float [ undef, %141 ], [ %154, %145 ]
  %161 = icmp ult i64 %142, 3
  br i1 %161, label %190, label %162

162:                                              ; preds = %157, %162
  %163 = phi i64 [ %183, %162 ], [ %158, %157 ]
  %164 = phi float [ %188, %162 ], [ %159, %157 ]
  %165 = add i64 %163, 4294967295
  %166 = fmul float %135, %164
  %167 = and i64 %165, 4294967295
  %168 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %167
  %169 = load float, float* %168, align 4, !tbaa !5
  %170 = fadd float %166, %169
  %171 = add i64 %163, 4294967294
  %172 = fmul float %135, %170
  %173 = and i64 %171, 4294967295
  %174 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %173
  %175 = load float, float* %174, align 4, !tbaa !5
  %176 = fadd float %172, %175
  %177 = add nsw i64 %163, -3
  %178 = fmul float %135, %176
  %179 = and i64 %177, 4294967295
  %180 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %179
  %181 = load float, float* %180, align 4, !tbaa !5
  %182 = fadd float %178, %181
  %183 = add nsw i64 %163, -4
  %184 = fmul float %135, %182
  %185 = and i64 %183, 4294967295
  %186 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %185
  %187 = load float, float* %186, align 4, !tbaa !5
  %188 = fadd float %184, %187
  %189 = icmp ugt i64 %177, 1
  br i1 %189, label %162, label %190, !llvm.loop !11

190:                                              ; preds = %157, %162, %134
  %191 = phi float [ %138, %134 ], [ %160, %157 ], [ %188, %162 ]
  %192 = add nsw i64 %140, -1
  %193 = and i64 %140, 3
  %194 = icmp eq i64 %193, 0
  %195 = icmp ult i64 %192, 3
  br label %196

196:                                              ; preds = %190, %251
  %197 = phi i32 [ %258, %251 ], [ 0, %190 ]
  %198 = phi float [ %257, %251 ], [ %191, %190 ]
  %199 = phi float [ %256, %251 ], [ %136, %190 ]
  %200 = phi float [ %255, %251 ], [ %135, %190 ]
  %201 = fadd float %200, %199
  %202 = fmul float %201, 5.000000e-01
  br i1 %139, label %203, label %248

203:                                              ; preds = %196
  br i1 %194, label %216, label %204

204:                                              ; preds = %203, %204
  %205 = phi i64 [ %208, %204 ], [ %140, %203 ]
  %206 = phi float [ %213, %204 ], [ %138, %203 ]
  %207 = phi i64 [ %214, %204 ], [ 0, %203 ]
  %208 = add nsw i64 %205, -1
  %209 = fmul float %202, %206
  %210 = and i64 %208, 4294967295
  %211 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %210
  %212 = load float, float* %211, align 4, !tbaa !5
  %213 = fadd float %209, %212
  %214 = add i64 %207, 1
  %215 = icmp eq i64 %214, %193
  br i1 %215, label %216, label %204, !llvm.loop !18

216:                                              ; preds = %204, %203
  %217 = phi i64 [ %140, %203 ], [ %208, %204 ]
  %218 = phi float [ %138, %203 ], [ %213, %204 ]
  %219 = phi float [ undef, %203 ], [ %213, %204 ]
  br i1 %195, label %248, label %220

220:                                              ; preds = %216, %220
  %221 = phi i64 [ %241, %220 ], [ %217, %216 ]
  %222 = phi float [ %246, %220 ], [ %218, %216 ]
  %223 = add i64 %221, 4294967295
  %224 = fmul float %202, %222
  %225 = and i64 %223, 4294967295
  %226 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %225
  %227 = load float, float* %226, align 4, !tbaa !5
  %228 = fadd float %224, %227
  %229 = add i64 %221, 4294967294
  %230 = fmul float %202, %228
  %231 = and i64 %229, 4294967295
  %232 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %231
  %233 = load float, float* %232, align 4, !tbaa !5
  %234 = fadd float %230, %233
  %235 = add nsw i64 %221, -3
  %236 = fmul float %202, %234
  %237 = and i64 %235, 4294967295
  %238 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %237
  %239 = load float, float* %238, align 4, !tbaa !5
  %240 = fadd float %236, %239
  %241 = add nsw i64 %221, -4
  %242 = fmul float %202, %240
  %243 = and i64 %241, 4294967295
  %244 = getelementptr inbounds [16 x float], [16 x float]* @coef, i64 0, i64 %243
  %245 = load float, float* %244, align 4, !tbaa !5
  %246 = fadd float %242, %245
  %247 = icmp ugt i64 %235, 1
  br i1 %247, label %220, label %248, !llvm.loop !11

248:                                              ; preds = %216, %220, %196
  %249 = phi float [ %138, %196 ], [ %219, %216 ], [ %246, %220 ]
  %250 = fcmp oeq float %249, 0.000000e+00
  br i1 %250, label %260, label %251

251:                                              ; preds = %248
  %252 = fcmp uge float %249, 0.000000e+00
  %253 = fcmp olt float %198, 0.000000e+00
  %254 = xor i1 %253, %252
  %255 = select i1 %254, float %202, float %200
  %256 = select i1 %254, float %199, float %202
  %257 = select i1 %254, float %249, float %198
  %258 = add nuw nsw i32 %197, 1
  %259 = icmp eq i32 %258, 30
  br i1 %259, label %260, label %196

260:                                              ; preds = %248, %251
  %261 = phi float [ %255, %251 ], [ %202, %248 ]
  %262 = phi float [ %256, %251 ], [ %202, %248 ]
  tail call void @putfloat(float noundef %261) #3
  tail call void @putch(i32 noundef 32) #3
  tail call void @putfloat(float noundef %262) #3
  tail call void @putch(i32 noundef 10) #3
  %263 = fmul float %261, 1.000000e+03
  %264 = fptosi float %263 to i32
  %265 = srem i32 %264, 256
  ret i32 %265
}

declare i32 @getint() local_unnamed_addr #2

declare float @getfloat() local_unnamed_addr #2

declare void @putfloat(float noundef) local_unnamed_addr #2

declare void @putch(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind readonly uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = !{!6, !6, i64 0}
!6 = !{!"float", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !12}
!12 = !{!"llvm.loop.mustprogress"}
!13 = distinct !{!13, !12}
!14 = distinct !{!14, !12}
!15 = distinct !{!15, !10}
!16 = distinct !{!16, !12}
!17 = distinct !{!17, !10}
!18 = distinct !{!18, !10}
