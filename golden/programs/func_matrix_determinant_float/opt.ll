; ModuleID = 'func_matrix_determinant_float.sy'
source_filename = "func_matrix_determinant_float.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@m = dso_local local_unnamed_addr global [4 x [4 x float]] [[4 x float] [float 2.000000e+00, float -1.000000e+00, float 0.000000e+00, float 3.000000e+00], [4 x float] [float 4.000000e+00, float 1.000000e+00, float -2.000000e+00, float 5.000000e-01], [4 x float] [float -2.000000e+00, float 5.000000e+00, float 1.000000e+00, float 1.000000e+00], [4 x float] [float 1.000000e+00, float 0.000000e+00, float 3.000000e+00, float -1.000000e+00]], align 16
@rhs = dso_local local_unnamed_addr global [4 x float] [float 1.000000e+00, float 2.000000e+00, float 3.000000e+00, float 4.000000e+00], align 16
@sol = dso_local global [4 x float] zeroinitializer, align 16

; Function Attrs: mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn
define dso_local float @fabs_f(float noundef %0) local_unnamed_addr #0 {
  %2 = fcmp olt float %0, 0.000000e+00
  %3 = fneg float %0
  %4 = select i1 %2, float %3, float %0
  ret float %4
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local float @solve(i32 noundef %0) local_unnamed_addr #1 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %170

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  %5 = zext i32 %0 to i64
  %6 = and i64 %5, 1
  %7 = icmp eq i32 %0, 1
  %8 = and i64 %5, 4294967294
  %9 = icmp eq i64 %6, 0
  br label %17

10:                                               ; preds = %107, %78
  %11 = add nuw nsw i64 %19, 1
  %12 = icmp eq i64 %21, %5
  br i1 %12, label %13, label %17, !llvm.loop !5

13:                                               ; preds = %10
  br i1 %2, label %14, label %170

14:                                               ; preds = %13
  %15 = zext i32 %0 to i64
  %16 = zext i32 %0 to i64
  br label %117

17:                                               ; preds = %3, %10
  %18 = phi i64 [ 0, %3 ], [ %21, %10 ]
  %19 = phi i64 [ 1, %3 ], [ %11, %10 ]
  %20 = phi float [ 1.000000e+00, %3 ], [ %82, %10 ]
  %21 = add nuw nsw i64 %18, 1
  %22 = icmp ult i64 %21, %4
  %23 = trunc i64 %18 to i32
  br i1 %22, label %24, label %43

24:                                               ; preds = %17, %24
  %25 = phi i64 [ %41, %24 ], [ %19, %17 ]
  %26 = phi i32 [ %40, %24 ], [ %23, %17 ]
  %27 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %25, i64 %18
  %28 = load float, float* %27, align 4, !tbaa !7
  %29 = fcmp olt float %28, 0.000000e+00
  %30 = fneg float %28
  %31 = select i1 %29, float %30, float %28
  %32 = sext i32 %26 to i64
  %33 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %32, i64 %18
  %34 = load float, float* %33, align 4, !tbaa !7
  %35 = fcmp olt float %34, 0.000000e+00
  %36 = fneg float %34
  %37 = select i1 %35, float %36, float %34
  %38 = fcmp ogt float %31, %37
  %39 = trunc i64 %25 to i32
  %40 = select i1 %38, i32 %39, i32 %26
  %41 = add nuw nsw i64 %25, 1
  %42 = icmp eq i64 %41, %5
  br i1 %42, label %43, label %24, !llvm.loop !11

43:                                               ; preds = %24, %17
  %44 = phi i32 [ %23, %17 ], [ %40, %24 ]
  %45 = zext i32 %44 to i64
  %46 = icmp eq i64 %18, %45
  br i1 %46, label %78, label %47

47:                                               ; preds = %43
  %48 = sext i32 %44 to i64
  br i1 %7, label %64, label %49

49:                                               ; preds = %47, %49
  %50 = phi i64 [ %61, %49 ], [ 0, %47 ]
  %51 = phi i64 [ %62, %49 ], [ 0, %47 ]
  %52 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %18, i64 %50
  %53 = load float, float* %52, align 8, !tbaa !7
  %54 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %48, i64 %50
  %55 = load float, float* %54, align 8, !tbaa !7
  store float %55, float* %52, align 8, !tbaa !7
  store float %53, float* %54, align 8, !tbaa !7
  %56 = or i64 %50, 1
  %57 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %18, i64 %56
  %58 = load float, float* %57, align 4, !tbaa !7
  %59 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %48, i64 %56
  %60 = load float, float* %59, align 4, !tbaa !7
  store float %60, float* %57, align 4, !tbaa !7
  store float %58, float* %59, align 4, !tbaa !7
  %61 = add nuw nsw i64 %50, 2
  %62 = add i64 %51, 2
  %63 = icmp eq i64 %62, %8
  br i1 %63, label %64, label %49, !llvm.loop !12

64:                                               ; preds = %49, %47
  %65 = phi i64 [ 0, %47 ], [ %61, %49 ]
  br i1 %9, label %71, label %66

66:                                               ; preds = %64
  %67 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %18, i64 %65
  %68 = load float, float* %67, align 4, !tbaa !7
  %69 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %48, i64 %65
  %70 = load float, float* %69, align 4, !tbaa !7
  store float %70, float* %67, align 4, !tbaa !7
  store float %68, float* %69, align 4, !tbaa !7
  br label %71

71:                                               ; preds = %64, %66
  %72 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %48
  %73 = load float, float* %72, align 4, !tbaa !7
  %74 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %18
  %75 = load float, float* %74, align 4, !tbaa !7
  %76 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %48
  store float %73, float* %74, align 4, !tbaa !7
  store float %75, float* %76, align 4, !tbaa !7
  %77 = fneg float %20
  br label %78

78:                                               ; preds = %71, %43
  %79 = phi float [ %77, %71 ], [ %20, %43 ]
  %80 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %18, i64 %18
  %81 = load float, float* %80, align 4, !tbaa !7
  %82 = fmul float %79, %81
  br i1 %22, label %83, label %10

83:                                               ; preds = %78
  %84 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %18
  %85 = add nuw nsw i64 %18, 1
  %86 = icmp eq i64 %85, %5
  br label %87

87:                                               ; preds = %83, %115
  %88 = phi float [ %81, %83 ], [ %116, %115 ]
  %89 = phi i64 [ %19, %83 ], [ %113, %115 ]
  %90 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %89, i64 %18
  %91 = load float, float* %90, align 4, !tbaa !7
  %92 = fdiv float %91, %88
  %93 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %89, i64 %18
  %94 = fmul float %92, %88
  %95 = fsub float %91, %94
  store float %95, float* %93, align 4, !tbaa !7
  br i1 %86, label %107, label %96, !llvm.loop !13

96:                                               ; preds = %87, %96
  %97 = phi i64 [ %105, %96 ], [ %85, %87 ]
  %98 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %89, i64 %97
  %99 = load float, float* %98, align 4, !tbaa !7
  %100 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %18, i64 %97
  %101 = load float, float* %100, align 4, !tbaa !7
  %102 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %89, i64 %97
  %103 = fmul float %92, %101
  %104 = fsub float %99, %103
  store float %104, float* %102, align 4, !tbaa !7
  %105 = add nuw nsw i64 %97, 1
  %106 = icmp eq i64 %105, %5
  br i1 %106, label %107, label %96, !llvm.loop !13

107:                                              ; preds = %96, %87
  %108 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %89
  %109 = load float, float* %108, align 4, !tbaa !7
  %110 = load float, float* %84, align 4, !tbaa !7
  %111 = fmul float %92, %110
  %112 = fsub float %109, %111
  store float %112, float* %108, align 4, !tbaa !7
  %113 = add nuw nsw i64 %89, 1
  %114 = icmp eq i64 %113, %5
  br i1 %114, label %10, label %115, !llvm.loop !14

115:                                              ; preds = %107
  %116 = load float, float* %80, align 4, !tbaa !7
  br label %87

117:                                              ; preds = %14, %161
  %118 = phi i32 [ 0, %14 ], [ %169, %161 ]
  %119 = phi i64 [ %16, %14 ], [ %168, %161 ]
  %120 = phi i64 [ %15, %14 ], [ %121, %161 ]
  %121 = add nsw i64 %120, -1
  %122 = and i64 %121, 4294967295
  %123 = getelementptr inbounds [4 x float], [4 x float]* @rhs, i64 0, i64 %122
  %124 = load float, float* %123, align 4, !tbaa !7
  %125 = icmp slt i64 %119, %15
  br i1 %125, label %126, label %161

126:                                              ; preds = %117
  %127 = and i32 %118, 1
  %128 = icmp eq i32 %127, 0
  br i1 %128, label %137, label %129

129:                                              ; preds = %126
  %130 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %122, i64 %120
  %131 = load float, float* %130, align 4, !tbaa !7
  %132 = getelementptr inbounds [4 x float], [4 x float]* @sol, i64 0, i64 %120
  %133 = load float, float* %132, align 4, !tbaa !7
  %134 = fmul float %131, %133
  %135 = fsub float %124, %134
  %136 = add nsw i64 %120, 1
  br label %137

137:                                              ; preds = %129, %126
  %138 = phi float [ undef, %126 ], [ %135, %129 ]
  %139 = phi i64 [ %120, %126 ], [ %136, %129 ]
  %140 = phi float [ %124, %126 ], [ %135, %129 ]
  %141 = icmp eq i32 %118, 1
  br i1 %141, label %161, label %142

142:                                              ; preds = %137, %142
  %143 = phi i64 [ %158, %142 ], [ %139, %137 ]
  %144 = phi float [ %157, %142 ], [ %140, %137 ]
  %145 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %122, i64 %143
  %146 = load float, float* %145, align 4, !tbaa !7
  %147 = getelementptr inbounds [4 x float], [4 x float]* @sol, i64 0, i64 %143
  %148 = load float, float* %147, align 4, !tbaa !7
  %149 = fmul float %146, %148
  %150 = fsub float %144, %149
  %151 = add nsw i64 %143, 1
  %152 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %122, i64 %151
  %153 = load float, float* %152, align 4, !tbaa !7
  %154 = getelementptr inbounds [4 x float], [4 x float]* @sol, i64 0, i64 %151
  %155 = load float, float* %154, align 4, !tbaa !7
  %156 = fmul float %153, %155
  %157 = fsub float %150, %156
  %158 = add nsw i64 %143, 2
  %159 = trunc i64 %158 to i32
  %160 = icmp eq i32 %159, %0
  br i1 %160, label %161, label %142, !llvm.loop !15

161:                                              ; preds = %137, %142, %117
  %162 = phi float [ %124, %117 ], [ %138, %137 ], [ %157, %142 ]
  %163 = getelementptr inbounds [4 x [4 x float]], [4 x [4 x float]]* @m, i64 0, i64 %122, i64 %122
  %164 = load float, float* %163, align 4, !tbaa !7
  %165 = fdiv float %162, %164
  %166 = getelementptr inbounds [4 x float], [4 x float]* @sol, i64 0, i64 %122
  store float %165, float* %166, align 4, !tbaa !7
  %167 = icmp sgt i64 %119, 1
  %168 = add nsw i64 %119, -1
  %169 = add i32 %118, 1
  br i1 %167, label %117, label %170, !llvm.loop !16

170:                                              ; preds = %161, %1, %13
  %171 = phi float [ %82, %13 ], [ 1.000000e+00, %1 ], [ %82, %161 ]
  ret float %171
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #2 {
  %1 = tail call float @solve(i32 noundef 4)
  tail call void @putfloat(float noundef %1) #4
  tail call void @putch(i32 noundef 10) #4
  tail call void @putfarray(i32 noundef 4, float* noundef getelementptr inbounds ([4 x float], [4 x float]* @sol, i64 0, i64 0)) #4
  %2 = fpext float %1 to double
  %3 = fadd double %2, 5.000000e-01
  %4 = fptosi double %3 to i32
  ret i32 %4
}

declare void @putfloat(float noundef) local_unnamed_addr #3

declare void @putch(i32 noundef) local_unnamed_addr #3

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind readnone uwtable willreturn "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #2 = { nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #3 = { "frame-pointer"="none" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #4 = { nounwind }

!llvm.module.flags = !{!0, !1, !2, !3}
!llvm.ident = !{!4}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 7, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 1}
!4 = !{!"Debian clang version 14.0.6"}
!5 = distinct !{!5, !6}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!8, !8, i64 0}
!8 = !{!"float", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !6}
!12 = distinct !{!12, !6}
!13 = distinct !{!13, !6}
!14 = distinct !{!14, !6}
!15 = distinct !{!15, !6}
!16 = distinct !{!16, !6}
