; ModuleID = 'func_const_sized_global_arrays.sy'
source_filename = "func_const_sized_global_arrays.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@N = dso_local local_unnamed_addr constant i32 4, align 4
@M = dso_local local_unnamed_addr constant i32 9, align 4
@HALF = dso_local local_unnamed_addr constant i32 4, align 4
@REM = dso_local local_unnamed_addr constant i32 1, align 4
@weights = dso_local global [5 x float] [float 5.000000e-01, float 1.500000e+00, float 0.000000e+00, float 0.000000e+00, float 0.000000e+00], align 16
@primes = dso_local global [12 x i32] [i32 2, i32 3, i32 5, i32 7, i32 11, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 16
@table = dso_local global [4 x [4 x i32]] [[4 x i32] [i32 1, i32 2, i32 0, i32 0], [4 x i32] [i32 3, i32 0, i32 0, i32 0], [4 x i32] [i32 4, i32 5, i32 6, i32 0], [4 x i32] zeroinitializer], align 16
@STEP = dso_local local_unnamed_addr constant [4 x i32] [i32 1, i32 -1, i32 2, i32 -2], align 16
@LIMIT = dso_local local_unnamed_addr constant [2 x [4 x i32]] [[4 x i32] [i32 10, i32 20, i32 30, i32 40], [4 x i32] [i32 5, i32 0, i32 0, i32 0]], align 16
@SCALE = dso_local local_unnamed_addr constant [4 x float] [float 2.500000e-01, float 5.000000e-01, float 1.000000e+00, float 2.000000e+00], align 16
@grid = dso_local global [9 x [4 x i32]] zeroinitializer, align 16
@counts = dso_local global [4 x i32] zeroinitializer, align 16
@wide = dso_local global [9 x i32] zeroinitializer, align 16
@cube = dso_local global [2 x [3 x [2 x i32]]] zeroinitializer, align 16
@.str = private unnamed_addr constant [34 x i8] c"N=%d M=%d HALF=%d REM=%d last=%d\0A\00", align 1

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  store i32 0, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 0, i64 0), align 16, !tbaa !5
  %1 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @counts, i64 0, i64 0), align 16, !tbaa !5
  store i32 1, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 0, i64 1), align 4, !tbaa !5
  %2 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @counts, i64 0, i64 1), align 4, !tbaa !5
  store i32 2, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 0, i64 2), align 8, !tbaa !5
  %3 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @counts, i64 0, i64 2), align 8, !tbaa !5
  store i32 3, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 0, i64 3), align 4, !tbaa !5
  %4 = load i32, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @counts, i64 0, i64 3), align 4, !tbaa !5
  store i32 4, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 1, i64 0), align 16, !tbaa !5
  store i32 5, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 1, i64 1), align 4, !tbaa !5
  store i32 6, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 1, i64 2), align 8, !tbaa !5
  store i32 7, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 1, i64 3), align 4, !tbaa !5
  store i32 8, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 2, i64 0), align 16, !tbaa !5
  store i32 9, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 10, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 2, i64 2), align 8, !tbaa !5
  store i32 11, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 2, i64 3), align 4, !tbaa !5
  store i32 12, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 3, i64 0), align 16, !tbaa !5
  store i32 13, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 3, i64 1), align 4, !tbaa !5
  store i32 14, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 3, i64 2), align 8, !tbaa !5
  store i32 15, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 3, i64 3), align 4, !tbaa !5
  store i32 16, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 4, i64 0), align 16, !tbaa !5
  store i32 17, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 4, i64 1), align 4, !tbaa !5
  store i32 18, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 4, i64 2), align 8, !tbaa !5
  store i32 19, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 4, i64 3), align 4, !tbaa !5
  store i32 20, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 5, i64 0), align 16, !tbaa !5
  store i32 21, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 5, i64 1), align 4, !tbaa !5
  store i32 22, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 5, i64 2), align 8, !tbaa !5
  store i32 23, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 5, i64 3), align 4, !tbaa !5
  store i32 24, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 6, i64 0), align 16, !tbaa !5
  store i32 25, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 6, i64 1), align 4, !tbaa !5
  store i32 26, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 6, i64 2), align 8, !tbaa !5
  store i32 27, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 6, i64 3), align 4, !tbaa !5
  store i32 28, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 7, i64 0), align 16, !tbaa !5
  store i32 29, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 7, i64 1), align 4, !tbaa !5
  %5 = add nsw i32 %2, 9
  store i32 30, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 7, i64 2), align 8, !tbaa !5
  store i32 31, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 7, i64 3), align 4, !tbaa !5
  store i32 32, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 8, i64 0), align 16, !tbaa !5
  %6 = add nsw i32 %1, 9
  store i32 %6, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @counts, i64 0, i64 0), align 16, !tbaa !5
  store i32 33, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 8, i64 1), align 4, !tbaa !5
  store i32 %5, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @counts, i64 0, i64 1), align 4, !tbaa !5
  store i32 34, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 8, i64 2), align 8, !tbaa !5
  %7 = add nsw i32 %3, 9
  store i32 %7, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @counts, i64 0, i64 2), align 8, !tbaa !5
  store i32 35, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 8, i64 3), align 4, !tbaa !5
  %8 = add nsw i32 %4, 9
  store i32 %8, i32* getelementptr inbounds ([4 x i32], [4 x i32]* @counts, i64 0, i64 3), align 4, !tbaa !5
  tail call void @putarray(i32 noundef 4, i32* noundef getelementptr inbounds ([4 x i32], [4 x i32]* @counts, i64 0, i64 0)) #2
  tail call void @putarray(i32 noundef 4, i32* noundef getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 8, i64 0)) #2
  store i32 0, i32* getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 0), align 16, !tbaa !5
  store i32 -1, i32* getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 1), align 4, !tbaa !5
  store i32 4, i32* getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 2), align 8, !tbaa !5
  store i32 -6, i32* getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 3), align 4, !tbaa !5
  store i32 4, i32* getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 4), align 16, !tbaa !5
  store i32 -5, i32* getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 5), align 4, !tbaa !5
  store i32 12, i32* getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 6), align 8, !tbaa !5
  store i32 -14, i32* getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 7), align 4, !tbaa !5
  store i32 8, i32* getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 8), align 16, !tbaa !5
  tail call void @putarray(i32 noundef 9, i32* noundef getelementptr inbounds ([9 x i32], [9 x i32]* @wide, i64 0, i64 0)) #2
  store i32 0, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 0, i64 0, i64 0), align 16, !tbaa !5
  store i32 20, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 0, i64 0, i64 1), align 4, !tbaa !5
  store i32 21, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 0, i64 1, i64 0), align 8, !tbaa !5
  store i32 82, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 0, i64 1, i64 1), align 4, !tbaa !5
  store i32 62, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 0, i64 2, i64 0), align 16, !tbaa !5
  store i32 184, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 0, i64 2, i64 1), align 4, !tbaa !5
  store i32 123, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 0), align 8, !tbaa !5
  store i32 256, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 1, i64 0, i64 1), align 4, !tbaa !5
  store i32 134, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 0), align 16, !tbaa !5
  store i32 268, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 1, i64 1, i64 1), align 4, !tbaa !5
  store i32 135, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 0), align 8, !tbaa !5
  store i32 270, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 1), align 4, !tbaa !5
  tail call void @putarray(i32 noundef 2, i32* noundef getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 0)) #2
  tail call void @putarray(i32 noundef 12, i32* noundef getelementptr inbounds ([12 x i32], [12 x i32]* @primes, i64 0, i64 0)) #2
  tail call void @putarray(i32 noundef 4, i32* noundef nonnull getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @table, i64 0, i64 0, i64 0)) #2
  tail call void @putarray(i32 noundef 4, i32* noundef nonnull getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @table, i64 0, i64 1, i64 0)) #2
  tail call void @putarray(i32 noundef 4, i32* noundef nonnull getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @table, i64 0, i64 2, i64 0)) #2
  tail call void @putarray(i32 noundef 4, i32* noundef nonnull getelementptr inbounds ([4 x [4 x i32]], [4 x [4 x i32]]* @table, i64 0, i64 3, i64 0)) #2
  %9 = load float, float* getelementptr inbounds ([5 x float], [5 x float]* @weights, i64 0, i64 4), align 16, !tbaa !9
  %10 = load float, float* getelementptr inbounds ([5 x float], [5 x float]* @weights, i64 0, i64 0), align 16, !tbaa !9
  %11 = fmul float %10, 2.500000e-01
  %12 = fadd float %9, %11
  %13 = load float, float* getelementptr inbounds ([5 x float], [5 x float]* @weights, i64 0, i64 1), align 4, !tbaa !9
  %14 = fmul float %13, 5.000000e-01
  %15 = fadd float %12, %14
  %16 = fadd float %15, %10
  %17 = fmul float %13, 2.000000e+00
  %18 = fadd float %16, %17
  store float %18, float* getelementptr inbounds ([5 x float], [5 x float]* @weights, i64 0, i64 4), align 16, !tbaa !9
  tail call void @putfarray(i32 noundef 5, float* noundef getelementptr inbounds ([5 x float], [5 x float]* @weights, i64 0, i64 0)) #2
  tail call void @putfloat(float noundef -2.250000e+00) #2
  tail call void @putch(i32 noundef 10) #2
  %19 = load i32, i32* getelementptr inbounds ([2 x [3 x [2 x i32]]], [2 x [3 x [2 x i32]]]* @cube, i64 0, i64 1, i64 2, i64 1), align 4, !tbaa !5
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([34 x i8], [34 x i8]* @.str, i64 0, i64 0), i32 noundef 4, i32 noundef 9, i32 noundef 4, i32 noundef 1, i32 noundef %19) #2
  %20 = load i32, i32* getelementptr inbounds ([9 x [4 x i32]], [9 x [4 x i32]]* @grid, i64 0, i64 4, i64 1), align 4, !tbaa !5
  %21 = add nsw i32 %20, 5
  ret i32 %21
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #1

declare void @putfarray(i32 noundef, float* noundef) local_unnamed_addr #1

declare void @putfloat(float noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

declare void @putf(i8* noundef, ...) local_unnamed_addr #1

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
!9 = !{!10, !10, i64 0}
!10 = !{!"float", !7, i64 0}
