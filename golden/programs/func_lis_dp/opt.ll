; ModuleID = 'func_lis_dp.sy'
source_filename = "func_lis_dp.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@len = dso_local global [60 x i32] zeroinitializer, align 16
@seq = dso_local global [60 x i32] zeroinitializer, align 16
@tails = dso_local local_unnamed_addr global [60 x i32] zeroinitializer, align 16
@.str = private unnamed_addr constant [20 x i8] c"lis=%d patience=%d\0A\00", align 1

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @lis_quadratic(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %68

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  br label %5

5:                                                ; preds = %3, %62
  %6 = phi i64 [ 0, %3 ], [ %66, %62 ]
  %7 = phi i32 [ 0, %3 ], [ %65, %62 ]
  %8 = getelementptr inbounds [60 x i32], [60 x i32]* @len, i64 0, i64 %6
  store i32 1, i32* %8, align 4, !tbaa !5
  %9 = icmp eq i64 %6, 0
  br i1 %9, label %62, label %10

10:                                               ; preds = %5
  %11 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %6
  %12 = load i32, i32* %11, align 4, !tbaa !5
  %13 = and i64 %6, 1
  %14 = icmp eq i64 %6, 1
  br i1 %14, label %47, label %15

15:                                               ; preds = %10
  %16 = and i64 %6, 9223372036854775806
  br label %17

17:                                               ; preds = %42, %15
  %18 = phi i32 [ 1, %15 ], [ %43, %42 ]
  %19 = phi i64 [ 0, %15 ], [ %44, %42 ]
  %20 = phi i64 [ 0, %15 ], [ %45, %42 ]
  %21 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %19
  %22 = load i32, i32* %21, align 8, !tbaa !5
  %23 = icmp slt i32 %22, %12
  br i1 %23, label %24, label %30

24:                                               ; preds = %17
  %25 = getelementptr inbounds [60 x i32], [60 x i32]* @len, i64 0, i64 %19
  %26 = load i32, i32* %25, align 8, !tbaa !5
  %27 = icmp slt i32 %26, %18
  br i1 %27, label %30, label %28

28:                                               ; preds = %24
  %29 = add nsw i32 %26, 1
  store i32 %29, i32* %8, align 4, !tbaa !5
  br label %30

30:                                               ; preds = %28, %24, %17
  %31 = phi i32 [ %29, %28 ], [ %18, %24 ], [ %18, %17 ]
  %32 = or i64 %19, 1
  %33 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %32
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = icmp slt i32 %34, %12
  br i1 %35, label %36, label %42

36:                                               ; preds = %30
  %37 = getelementptr inbounds [60 x i32], [60 x i32]* @len, i64 0, i64 %32
  %38 = load i32, i32* %37, align 4, !tbaa !5
  %39 = icmp slt i32 %38, %31
  br i1 %39, label %42, label %40

40:                                               ; preds = %36
  %41 = add nsw i32 %38, 1
  store i32 %41, i32* %8, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %40, %36, %30
  %43 = phi i32 [ %41, %40 ], [ %31, %36 ], [ %31, %30 ]
  %44 = add nuw nsw i64 %19, 2
  %45 = add i64 %20, 2
  %46 = icmp eq i64 %45, %16
  br i1 %46, label %47, label %17, !llvm.loop !9

47:                                               ; preds = %42, %10
  %48 = phi i32 [ undef, %10 ], [ %43, %42 ]
  %49 = phi i32 [ 1, %10 ], [ %43, %42 ]
  %50 = phi i64 [ 0, %10 ], [ %44, %42 ]
  %51 = icmp eq i64 %13, 0
  br i1 %51, label %62, label %52

52:                                               ; preds = %47
  %53 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %50
  %54 = load i32, i32* %53, align 4, !tbaa !5
  %55 = icmp slt i32 %54, %12
  br i1 %55, label %56, label %62

56:                                               ; preds = %52
  %57 = getelementptr inbounds [60 x i32], [60 x i32]* @len, i64 0, i64 %50
  %58 = load i32, i32* %57, align 4, !tbaa !5
  %59 = icmp slt i32 %58, %49
  br i1 %59, label %62, label %60

60:                                               ; preds = %56
  %61 = add nsw i32 %58, 1
  store i32 %61, i32* %8, align 4, !tbaa !5
  br label %62

62:                                               ; preds = %47, %60, %56, %52, %5
  %63 = phi i32 [ 1, %5 ], [ %48, %47 ], [ %61, %60 ], [ %49, %56 ], [ %49, %52 ]
  %64 = icmp sgt i32 %63, %7
  %65 = select i1 %64, i32 %63, i32 %7
  %66 = add nuw nsw i64 %6, 1
  %67 = icmp eq i64 %66, %4
  br i1 %67, label %68, label %5, !llvm.loop !11

68:                                               ; preds = %62, %1
  %69 = phi i32 [ 0, %1 ], [ %65, %62 ]
  ret i32 %69
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local i32 @lis_patience(i32 noundef %0) local_unnamed_addr #0 {
  %2 = icmp sgt i32 %0, 0
  br i1 %2, label %3, label %33

3:                                                ; preds = %1
  %4 = zext i32 %0 to i64
  br label %5

5:                                                ; preds = %3, %24
  %6 = phi i64 [ 0, %3 ], [ %31, %24 ]
  %7 = phi i32 [ 0, %3 ], [ %30, %24 ]
  %8 = icmp eq i32 %7, 0
  %9 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %6
  %10 = load i32, i32* %9, align 4, !tbaa !5
  br i1 %8, label %24, label %11

11:                                               ; preds = %5, %11
  %12 = phi i32 [ %22, %11 ], [ %7, %5 ]
  %13 = phi i32 [ %21, %11 ], [ 0, %5 ]
  %14 = add nsw i32 %12, %13
  %15 = sdiv i32 %14, 2
  %16 = sext i32 %15 to i64
  %17 = getelementptr inbounds [60 x i32], [60 x i32]* @tails, i64 0, i64 %16
  %18 = load i32, i32* %17, align 4, !tbaa !5
  %19 = icmp slt i32 %18, %10
  %20 = add nsw i32 %15, 1
  %21 = select i1 %19, i32 %20, i32 %13
  %22 = select i1 %19, i32 %12, i32 %15
  %23 = icmp slt i32 %21, %22
  br i1 %23, label %11, label %24, !llvm.loop !12

24:                                               ; preds = %11, %5
  %25 = phi i32 [ 0, %5 ], [ %21, %11 ]
  %26 = sext i32 %25 to i64
  %27 = getelementptr inbounds [60 x i32], [60 x i32]* @tails, i64 0, i64 %26
  store i32 %10, i32* %27, align 4, !tbaa !5
  %28 = icmp eq i32 %25, %7
  %29 = zext i1 %28 to i32
  %30 = add nuw nsw i32 %7, %29
  %31 = add nuw nsw i64 %6, 1
  %32 = icmp eq i64 %31, %4
  br i1 %32, label %33, label %5, !llvm.loop !13

33:                                               ; preds = %24, %1
  %34 = phi i32 [ 0, %1 ], [ %30, %24 ]
  ret i32 %34
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %15, %1 ]
  %3 = phi i32 [ 17, %0 ], [ %12, %1 ]
  %4 = mul nsw i32 %3, 29
  %5 = add nsw i32 %4, 7
  %6 = srem i32 %5, 97
  %7 = add nsw i32 %6, -48
  %8 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %2
  store i32 %7, i32* %8, align 8, !tbaa !5
  %9 = or i64 %2, 1
  %10 = mul nsw i32 %6, 29
  %11 = add nsw i32 %10, 7
  %12 = srem i32 %11, 97
  %13 = add nsw i32 %12, -48
  %14 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %9
  store i32 %13, i32* %14, align 4, !tbaa !5
  %15 = add nuw nsw i64 %2, 2
  %16 = icmp eq i64 %15, 60
  br i1 %16, label %17, label %1, !llvm.loop !14

17:                                               ; preds = %1, %74
  %18 = phi i64 [ %78, %74 ], [ 0, %1 ]
  %19 = phi i32 [ %77, %74 ], [ 0, %1 ]
  %20 = getelementptr inbounds [60 x i32], [60 x i32]* @len, i64 0, i64 %18
  store i32 1, i32* %20, align 4, !tbaa !5
  %21 = icmp eq i64 %18, 0
  br i1 %21, label %74, label %22

22:                                               ; preds = %17
  %23 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %18
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = and i64 %18, 1
  %26 = icmp eq i64 %18, 1
  br i1 %26, label %59, label %27

27:                                               ; preds = %22
  %28 = and i64 %18, 9223372036854775806
  br label %29

29:                                               ; preds = %54, %27
  %30 = phi i32 [ 1, %27 ], [ %55, %54 ]
  %31 = phi i64 [ 0, %27 ], [ %56, %54 ]
  %32 = phi i64 [ 0, %27 ], [ %57, %54 ]
  %33 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %31
  %34 = load i32, i32* %33, align 8, !tbaa !5
  %35 = icmp slt i32 %34, %24
  br i1 %35, label %36, label %42

36:                                               ; preds = %29
  %37 = getelementptr inbounds [60 x i32], [60 x i32]* @len, i64 0, i64 %31
  %38 = load i32, i32* %37, align 8, !tbaa !5
  %39 = icmp slt i32 %38, %30
  br i1 %39, label %42, label %40

40:                                               ; preds = %36
  %41 = add nsw i32 %38, 1
  store i32 %41, i32* %20, align 4, !tbaa !5
  br label %42

42:                                               ; preds = %40, %36, %29
  %43 = phi i32 [ %41, %40 ], [ %30, %36 ], [ %30, %29 ]
  %44 = or i64 %31, 1
  %45 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %44
  %46 = load i32, i32* %45, align 4, !tbaa !5
  %47 = icmp slt i32 %46, %24
  br i1 %47, label %48, label %54

48:                                               ; preds = %42
  %49 = getelementptr inbounds [60 x i32], [60 x i32]* @len, i64 0, i64 %44
  %50 = load i32, i32* %49, align 4, !tbaa !5
  %51 = icmp slt i32 %50, %43
  br i1 %51, label %54, label %52

52:                                               ; preds = %48
  %53 = add nsw i32 %50, 1
  store i32 %53, i32* %20, align 4, !tbaa !5
  br label %54

54:                                               ; preds = %52, %48, %42
  %55 = phi i32 [ %53, %52 ], [ %43, %48 ], [ %43, %42 ]
  %56 = add nuw nsw i64 %31, 2
  %57 = add i64 %32, 2
  %58 = icmp eq i64 %57, %28
  br i1 %58, label %59, label %29, !llvm.loop !9

59:                                               ; preds = %54, %22
  %60 = phi i32 [ undef, %22 ], [ %55, %54 ]
  %61 = phi i32 [ 1, %22 ], [ %55, %54 ]
  %62 = phi i64 [ 0, %22 ], [ %56, %54 ]
  %63 = icmp eq i64 %25, 0
  br i1 %63, label %74, label %64

64:                                               ; preds = %59
  %65 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %62
  %66 = load i32, i32* %65, align 4, !tbaa !5
  %67 = icmp slt i32 %66, %24
  br i1 %67, label %68, label %74

68:                                               ; preds = %64
  %69 = getelementptr inbounds [60 x i32], [60 x i32]* @len, i64 0, i64 %62
  %70 = load i32, i32* %69, align 4, !tbaa !5
  %71 = icmp slt i32 %70, %61
  br i1 %71, label %74, label %72

72:                                               ; preds = %68
  %73 = add nsw i32 %70, 1
  store i32 %73, i32* %20, align 4, !tbaa !5
  br label %74

74:                                               ; preds = %59, %72, %68, %64, %17
  %75 = phi i32 [ 1, %17 ], [ %60, %59 ], [ %73, %72 ], [ %61, %68 ], [ %61, %64 ]
  %76 = icmp sgt i32 %75, %19
  %77 = select i1 %76, i32 %75, i32 %19
  %78 = add nuw nsw i64 %18, 1
  %79 = icmp eq i64 %78, 60
  br i1 %79, label %80, label %17, !llvm.loop !11

80:                                               ; preds = %74, %99
  %81 = phi i64 [ %106, %99 ], [ 0, %74 ]
  %82 = phi i32 [ %105, %99 ], [ 0, %74 ]
  %83 = icmp eq i32 %82, 0
  %84 = getelementptr inbounds [60 x i32], [60 x i32]* @seq, i64 0, i64 %81
  %85 = load i32, i32* %84, align 4, !tbaa !5
  br i1 %83, label %99, label %86

86:                                               ; preds = %80, %86
  %87 = phi i32 [ %97, %86 ], [ %82, %80 ]
  %88 = phi i32 [ %96, %86 ], [ 0, %80 ]
  %89 = add nsw i32 %88, %87
  %90 = sdiv i32 %89, 2
  %91 = sext i32 %90 to i64
  %92 = getelementptr inbounds [60 x i32], [60 x i32]* @tails, i64 0, i64 %91
  %93 = load i32, i32* %92, align 4, !tbaa !5
  %94 = icmp slt i32 %93, %85
  %95 = add nsw i32 %90, 1
  %96 = select i1 %94, i32 %95, i32 %88
  %97 = select i1 %94, i32 %87, i32 %90
  %98 = icmp slt i32 %96, %97
  br i1 %98, label %86, label %99, !llvm.loop !12

99:                                               ; preds = %86, %80
  %100 = phi i32 [ 0, %80 ], [ %96, %86 ]
  %101 = sext i32 %100 to i64
  %102 = getelementptr inbounds [60 x i32], [60 x i32]* @tails, i64 0, i64 %101
  store i32 %85, i32* %102, align 4, !tbaa !5
  %103 = icmp eq i32 %100, %82
  %104 = zext i1 %103 to i32
  %105 = add nuw nsw i32 %82, %104
  %106 = add nuw nsw i64 %81, 1
  %107 = icmp eq i64 %106, 60
  br i1 %107, label %108, label %80, !llvm.loop !13

108:                                              ; preds = %99
  tail call void @putarray(i32 noundef 60, i32* noundef getelementptr inbounds ([60 x i32], [60 x i32]* @seq, i64 0, i64 0)) #3
  tail call void (i8*, ...) @putf(i8* noundef getelementptr inbounds ([20 x i8], [20 x i8]* @.str, i64 0, i64 0), i32 noundef %77, i32 noundef %105) #3
  tail call void @putarray(i32 noundef 60, i32* noundef getelementptr inbounds ([60 x i32], [60 x i32]* @len, i64 0, i64 0)) #3
  %109 = icmp eq i32 %77, %105
  %110 = select i1 %109, i32 %77, i32 0
  ret i32 %110
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #2

declare void @putf(i8* noundef, ...) local_unnamed_addr #2

attributes #0 = { nofree norecurse nosync nounwind uwtable "frame-pointer"="none" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !10}
!10 = !{!"llvm.loop.mustprogress"}
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
!14 = distinct !{!14, !10}
