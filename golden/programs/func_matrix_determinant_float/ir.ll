; ModuleID = 'func_matrix_determinant_float.sy'
source_filename = "func_matrix_determinant_float.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@m = dso_local global [4 x [4 x float]] [[4 x float] [float 2.000000e+00, float -1.000000e+00, float 0.000000e+00, float 3.000000e+00], [4 x float] [float 4.000000e+00, float 1.000000e+00, float -2.000000e+00, float 5.000000e-01], [4 x float] [float -2.000000e+00, float 5.000000e+00, float 1.000000e+00, float 1.000000e+00], [4 x float] [float 1.000000e+00, float 0.000000e+00, float 3.000000e+00, float -1.000000e+00]], align 16
@rhs = dso_local global [4 x float] [float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00], align 16
@sol = dso_local global [4 x float] zeroinitializer, align 16

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @fabs_f(float noundef %0) #0 {
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  store float %0, float* %3, align 4
  %4 = load float, float* %3, align 4
  %5 = fpext float %4 to double
  %6 = fcmp olt double %5, 0.000000e+00
  br i1 %6, label %7, label %10

7:                                                ; preds = %1
  %8 = load float, float* %3, align 4
  %9 = fneg float %8
  store float %9, float* %2, align 4
  br label %12

10:                                               ; preds = %1
  %11 = load float, float* %3, align 4
  store float %11, float* %2, align 4
  br label %12

12:                                               ; preds = %10, %7
  %13 = load float, float* %2, align 4
  ret float %13
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local float @solve(i32 noundef %0) #0 {
  %2 = alloca i32, align 4
  %3 = alloca float, align 4
  %4 = alloca i32, align 4
  %5 = alloca i32, align 4
  %6 = alloca i32, align 4
  %7 = alloca i32, align 4
  %8 = alloca float, align 4
  %9 = alloca float, align 4
  %10 = alloca float, align 4
  %11 = alloca i32, align 4
  %12 = alloca i32, align 4
  %13 = alloca float, align 4
  %14 = alloca i32, align 4
  store i32 %0, i32* %2, align 4
  store float 1.000000e+00, float* %3, align 4
  store i32 0, i32* %4, align 4
  br label %15

15:                                               ; preds = %187, %1
  %16 = load i32, i32* %4, align 4
  %17 = load i32, i32* %2, align 4
  %18 = icmp slt i32 %16, %17
  br i1 %18, label %19, label %190

19:                                               ; preds = %15
  %20 = load i32, i32* %4, align 4
  store i32 %20, i32* %5, align 4
  %21 = load i32, i32* %4, align 4
  %22 = add nsw i32 %21, 1
  store i32 %22, i32* %6, align 4
  br label %23

23:                                               ; preds = %47, %19
  %24 = load i32, i32* %6, align 4
  %25 = load i32, i32* %2, align 4
  %26 = icmp slt i32 %24, %25
  br i1 %26, label %27, label %50

27:                                               ; preds = %23
  %28 = load i32, i32* %6, align 4
  %29 = sext i32 %28 to i64
  %30 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %29
  %31 = load i32, i32* %4, align 4
  %32 = sext i32 %31 to i64
  %33 = getelementptr inbounds [4 x float], [4 x float]* %30, i64 0, i64 %32
  %34 = load float, float* %33, align 4
  %35 = call float @fabs_f(float noundef %34)
  %36 = load i32, i32* %5, align 4
  %37 = sext i32 %36 to i64
  %38 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %37
  %39 = load i32, i32* %4, align 4
  %40 = sext i32 %39 to i64
  %41 = getelementptr inbounds [4 x float], [4 x float]* %38, i64 0, i64 %40
  %42 = load float, float* %41, align 4
  %43 = call float @fabs_f(float noundef %42)
  %44 = fcmp ogt float %35, %43
  br i1 %44, label %45, label %47

45:                                               ; preds = %27
  %46 = load i32, i32* %6, align 4
  store i32 %46, i32* %5, align 4
  br label %47

47:                                               ; preds = %45, %27
  %48 = load i32, i32* %6, align 4
  %49 = add nsw i32 %48, 1
  store i32 %49, i32* %6, align 4
  br label %23, !llvm.loop !6

50:                                               ; preds = %23
  %51 = load i32, i32* %5, align 4
  %52 = load i32, i32* %4, align 4
  %53 = icmp ne i32 %51, %52
  br i1 %53, label %54, label %107

54:                                               ; preds = %50
  store i32 0, i32* %7, align 4
  br label %55

55:                                               ; preds = %59, %54
  %56 = load i32, i32* %7, align 4
  %57 = load i32, i32* %2, align 4
  %58 = icmp slt i32 %56, %57
  br i1 %58, label %59, label %89

59:                                               ; preds = %55
  %60 = load i32, i32* %4, align 4
  %61 = sext i32 %60 to i64
  %62 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %61
  %63 = load i32, i32* %7, align 4
  %64 = sext i32 %63 to i64
  %65 = getelementptr inbounds [4 x float], [4 x float]* %62, i64 0, i64 %64
  %66 = load float, float* %65, align 4
  store float %66, float* %8, align 4
  %67 = load i32, i32* %5, align 4
  %68 = sext i32 %67 to i64
  %69 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %68
  %70 = load i32, i32* %7, align 4
  %71 = sext i32 %70 to i64
  %72 = getelementptr inbounds [4 x float], [4 x float]* %69, i64 0, i64 %71
  %73 = load float, float* %72, align 4
  %74 = load i32, i32* %4, align 4
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %75
  %77 = load i32, i32* %7, align 4
  %78 = sext i32 %77 to i64
  %79 = getelementptr inbounds [4 x float], [4 x float]* %76, i64 0, i64 %78
  store float %73, float* %79, align 4
  %80 = load float, float* %8, align 4
  %81 = load i32, i32* %5, align 4
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %82
  %84 = load i32, i32* %7, align 4
  %85 = sext i32 %84 to i64
  %86 = getelementptr inbounds [4 x float], [4 x float]* %83, i64 0, i64 %85
  store float %80, float* %86, align 4
  %87 = load i32, i32* %7, align 4
  %88 = add nsw i32 %87, 1
  store i32 %88, i32* %7, align 4
  br label %55, !llvm.loop !8

89:                                               ; preds = %55
  %90 = load i32, i32* %4, align 4
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %91
  %93 = load float, float* %92, align 4
  store float %93, float* %9, align 4
  %94 = load i32, i32* %5, align 4
  %95 = sext i32 %94 to i64
  %96 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %95
  %97 = load float, float* %96, align 4
  %98 = load i32, i32* %4, align 4
  %99 = sext i32 %98 to i64
  %100 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %99
  store float %97, float* %100, align 4
  %101 = load float, float* %9, align 4
  %102 = load i32, i32* %5, align 4
  %103 = sext i32 %102 to i64
  %104 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %103
  store float %101, float* %104, align 4
  %105 = load float, float* %3, align 4
  %106 = fneg float %105
  store float %106, float* %3, align 4
  br label %107

107:                                              ; preds = %89, %50
  %108 = load float, float* %3, align 4
  %109 = load i32, i32* %4, align 4
  %110 = sext i32 %109 to i64
  %111 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %110
  %112 = load i32, i32* %4, align 4
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [4 x float], [4 x float]* %111, i64 0, i64 %113
  %115 = load float, float* %114, align 4
  %116 = fmul float %108, %115
  store float %116, float* %3, align 4
  %117 = load i32, i32* %4, align 4
  %118 = add nsw i32 %117, 1
  store i32 %118, i32* %6, align 4
  br label %119

119:                                              ; preds = %170, %107
  %120 = load i32, i32* %6, align 4
  %121 = load i32, i32* %2, align 4
  %122 = icmp slt i32 %120, %121
  br i1 %122, label %123, label %187

123:                                              ; preds = %119
  %124 = load i32, i32* %6, align 4
  %125 = sext i32 %124 to i64
  %126 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %125
  %127 = load i32, i32* %4, align 4
  %128 = sext i32 %127 to i64
  %129 = getelementptr inbounds [4 x float], [4 x float]* %126, i64 0, i64 %128
  %130 = load float, float* %129, align 4
  %131 = load i32, i32* %4, align 4
  %132 = sext i32 %131 to i64
  %133 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %132
  %134 = load i32, i32* %4, align 4
  %135 = sext i32 %134 to i64
  %136 = getelementptr inbounds [4 x float], [4 x float]* %133, i64 0, i64 %135
  %137 = load float, float* %136, align 4
  %138 = fdiv float %130, %137
  store float %138, float* %10, align 4
  %139 = load i32, i32* %4, align 4
  store i32 %139, i32* %11, align 4
  br label %140

140:                                              ; preds = %144, %123
  %141 = load i32, i32* %11, align 4
  %142 = load i32, i32* %2, align 4
  %143 = icmp slt i32 %141, %142
  br i1 %143, label %144, label %170

144:                                              ; preds = %140
  %145 = load i32, i32* %6, align 4
  %146 = sext i32 %145 to i64
  %147 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %146
  %148 = load i32, i32* %11, align 4
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds [4 x float], [4 x float]* %147, i64 0, i64 %149
  %151 = load float, float* %150, align 4
  %152 = load float, float* %10, align 4
  %153 = load i32, i32* %4, align 4
  %154 = sext i32 %153 to i64
  %155 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %154
  %156 = load i32, i32* %11, align 4
  %157 = sext i32 %156 to i64
  %158 = getelementptr inbounds [4 x float], [4 x float]* %155, i64 0, i64 %157
  %159 = load float, float* %158, align 4
  %160 = fmul float %152, %159
  %161 = fsub float %151, %160
  %162 = load i32, i32* %6, align 4
  %163 = sext i32 %162 to i64
  %164 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %163
  %165 = load i32, i32* %11, align 4
  %166 = sext i32 %165 to i64
  %167 = getelementptr inbounds [4 x float], [4 x float]* %164, i64 0, i64 %166
  store float %161, float* %167, align 4
  %168 = load i32, i32* %11, align 4
  %169 = add nsw i32 %168, 1
  store i32 %169, i32* %11, align 4
  br label %140, !llvm.loop !9

170:                                              ; preds = %140
  %171 = load i32, i32* %6, align 4
  %172 = sext i32 %171 to i64
  %173 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %172
  %174 = load float, float* %173, align 4
  %175 = load float, float* %10, align 4
  %176 = load i32, i32* %4, align 4
  %177 = sext i32 %176 to i64
  %178 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %177
  %179 = load float, float* %178, align 4
  %180 = fmul float %175, %179
  %181 = fsub float %174, %180
  %182 = load i32, i32* %6, align 4
  %183 = sext i32 %182 to i64
  %184 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %183
  store float %181, float* %184, align 4
  %185 = load i32, i32* %6, align 4
  %186 = add nsw i32 %185, 1
  store i32 %186, i32* %6, align 4
  br label %119, !llvm.loop !10

187:                                              ; preds = %119
  %188 = load i32, i32* %4, align 4
  %189 = add nsw i32 %188, 1
  store i32 %189, i32* %4, align 4
  br label %15, !llvm.loop !11

190:                                              ; preds = %15
  %191 = load i32, i32* %2, align 4
  %192 = sub nsw i32 %191, 1
  store i32 %192, i32* %12, align 4
  br label %193

193:                                              ; preds = %224, %190
  %194 = load i32, i32* %12, align 4
  %195 = icmp sge i32 %194, 0
  br i1 %195, label %196, label %239

196:                                              ; preds = %193
  %197 = load i32, i32* %12, align 4
  %198 = sext i32 %197 to i64
  %199 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %198
  %200 = load float, float* %199, align 4
  store float %200, float* %13, align 4
  %201 = load i32, i32* %12, align 4
  %202 = add nsw i32 %201, 1
  store i32 %202, i32* %14, align 4
  br label %203

203:                                              ; preds = %207, %196
  %204 = load i32, i32* %14, align 4
  %205 = load i32, i32* %2, align 4
  %206 = icmp slt i32 %204, %205
  br i1 %206, label %207, label %224

207:                                              ; preds = %203
  %208 = load float, float* %13, align 4
  %209 = load i32, i32* %12, align 4
  %210 = sext i32 %209 to i64
  %211 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %210
  %212 = load i32, i32* %14, align 4
  %213 = sext i32 %212 to i64
  %214 = getelementptr inbounds [4 x float], [4 x float]* %211, i64 0, i64 %213
  %215 = load float, float* %214, align 4
  %216 = load i32, i32* %14, align 4
  %217 = sext i32 %216 to i64
  %218 = getelementptr inbounds [4 x float], [4 x float]* @sol, i64 0, i64 %217
  %219 = load float, float* %218, align 4
  %220 = fmul float %215, %219
  %221 = fsub float %208, %220
  store float %221, float* %13, align 4
  %222 = load i32, i32* %14, align 4
  %223 = add nsw i32 %222, 1
  store i32 %223, i32* %14, align 4
  br label %203, !llvm.loop !12

224:                                              ; preds = %203
  %225 = load float, float* %13, align 4
  %226 = load i32, i32* %12, align 4
  %227 = sext i32 %226 to i64
  %228 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %227
  %229 = load i32, i32* %12, align 4
  %230 = sext i32 %229 to i64
  %231 = getelementptr inbounds [4 x float], [4 x float]* %228, i64 0, i64 %230
  %232 = load float, float* %231, align 4
  %233 = fdiv float %225, %232
  %234 = load i32, i32* %12, align 4
  %235 = sext i32 %234 to i64
  %236 = getelementptr inbounds [4 x float], [4 x float]* @sol, i64 0, i64 %235
  store float %233, float* %236, align 4
  %237 = load i32, i32* %12, align 4
  %238 = sub nsw i32 %237, 1
  store i32 %238, i32* %12, align 4
  br label %193, !llvm.loop !13

239:                                              ; preds = %193
  %240 = load float, float* %3, align 4
  ret float %240
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i32 @main() #0 {
  %1 = alloca i32, align 4
  %2 = alloca float, align 4
  %3 = alloca i32, align 4
  store i32 0, i32* %1, align 4
  %4 = call float @solve(i32 noundef 4)
  store float %4, float* %2, align 4
  %5 = load float, float* %2, align 4
  call void @putfloat(float noundef %5)
  call void @putch(i32 noundef 10)
  call void @putfarray(i32 noundef 4, float* noundef getelementptr inbounds ([4 x float], [4 x float]* @sol, i64 0, i64 0))
  %6 = load float, float* %2, align 4
  %7 = fpext float %6 to double
  %8 = fadd double %7, 5.000000e-01
  %9 = fptosi double %8 to i32
  store i32 %9, i32* %3, align 4
  %10 = load i32, i32* %3, align 4
  ret i32 %10
}

declare void @putfloat(float noundef) #1

declare void @putch(i32 noundef) #1

declare void @putfarray(i32 noundef, float* noundef) #1

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
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
!8 = distinct !{!8, !7}
!9 = distinct !{!9, !7}
!10 = distinct !{!10, !7}
!11 = distinct !{!11, !7}
!12 = distinct !{!12, !7}
!13 = distinct !{!13, !7}
