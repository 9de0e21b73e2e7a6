; ModuleID = 'func_heap_sort.sy'
source_filename = "func_heap_sort.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@h = dso_local global [64 x i32] zeroinitializer, align 16

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @sift_down(i32* nocapture noundef %0, i32 noundef %1, i32 noundef %2) local_unnamed_addr #0 {
  %4 = shl nsw i32 %1, 1
  %5 = or i32 %4, 1
  %6 = icmp slt i32 %5, %2
  br i1 %6, label %7, label %35

7:                                                ; preds = %3, %31
  %8 = phi i32 [ %33, %31 ], [ %5, %3 ]
  %9 = phi i32 [ %32, %31 ], [ %4, %3 ]
  %10 = phi i32 [ %23, %31 ], [ %1, %3 ]
  %11 = add i32 %9, 2
  %12 = icmp slt i32 %11, %2
  br i1 %12, label %13, label %22

13:                                               ; preds = %7
  %14 = sext i32 %11 to i64
  %15 = getelementptr inbounds i32, i32* %0, i64 %14
  %16 = load i32, i32* %15, align 4, !tbaa !5
  %17 = sext i32 %8 to i64
  %18 = getelementptr inbounds i32, i32* %0, i64 %17
  %19 = load i32, i32* %18, align 4, !tbaa !5
  %20 = icmp sgt i32 %16, %19
  %21 = select i1 %20, i32 %11, i32 %8
  br label %22

22:                                               ; preds = %13, %7
  %23 = phi i32 [ %8, %7 ], [ %21, %13 ]
  %24 = sext i32 %10 to i64
  %25 = getelementptr inbounds i32, i32* %0, i64 %24
  %26 = load i32, i32* %25, align 4, !tbaa !5
  %27 = sext i32 %23 to i64
  %28 = getelementptr inbounds i32, i32* %0, i64 %27
  %29 = load i32, i32* %28, align 4, !tbaa !5
  %30 = icmp slt i32 %26, %29
  br i1 %30, label %31, label %35

31:                                               ; preds = %22
  store i32 %29, i32* %25, align 4, !tbaa !5
  store i32 %26, i32* %28, align 4, !tbaa !5
  %32 = shl nsw i32 %23, 1
  %33 = or i32 %32, 1
  %34 = icmp slt i32 %33, %2
  br i1 %34, label %7, label %35

35:                                               ; preds = %31, %22, %3
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @heapify(i32* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %43

4:                                                ; preds = %2
  %5 = add nsw i32 %1, -2
  %6 = sdiv i32 %5, 2
  br label %7

7:                                                ; preds = %4, %40
  %8 = phi i32 [ %41, %40 ], [ %6, %4 ]
  %9 = shl nuw nsw i32 %8, 1
  %10 = or i32 %9, 1
  %11 = icmp slt i32 %10, %1
  br i1 %11, label %12, label %40

12:                                               ; preds = %7, %36
  %13 = phi i32 [ %38, %36 ], [ %10, %7 ]
  %14 = phi i32 [ %37, %36 ], [ %9, %7 ]
  %15 = phi i32 [ %28, %36 ], [ %8, %7 ]
  %16 = add i32 %14, 2
  %17 = icmp slt i32 %16, %1
  br i1 %17, label %18, label %27

18:                                               ; preds = %12
  %19 = sext i32 %16 to i64
  %20 = getelementptr inbounds i32, i32* %0, i64 %19
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = sext i32 %13 to i64
  %23 = getelementptr inbounds i32, i32* %0, i64 %22
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = icmp sgt i32 %21, %24
  %26 = select i1 %25, i32 %16, i32 %13
  br label %27

27:                                               ; preds = %18, %12
  %28 = phi i32 [ %13, %12 ], [ %26, %18 ]
  %29 = sext i32 %15 to i64
  %30 = getelementptr inbounds i32, i32* %0, i64 %29
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = sext i32 %28 to i64
  %33 = getelementptr inbounds i32, i32* %0, i64 %32
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = icmp slt i32 %31, %34
  br i1 %35, label %36, label %40

36:                                               ; preds = %27
  store i32 %34, i32* %30, align 4, !tbaa !5
  store i32 %31, i32* %33, align 4, !tbaa !5
  %37 = shl nsw i32 %28, 1
  %38 = or i32 %37, 1
  %39 = icmp slt i32 %38, %1
  br i1 %39, label %12, label %40

40:                                               ; preds = %27, %36, %7
  %41 = add nsw i32 %8, -1
  %42 = icmp sgt i32 %8, 0
  br i1 %42, label %7, label %43, !llvm.loop !9

43:                                               ; preds = %40, %2
  ret void
}

; Function Attrs: nofree norecurse nosync nounwind uwtable
define dso_local void @heap_sort(i32* nocapture noundef %0, i32 noundef %1) local_unnamed_addr #0 {
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %4, label %86

4:                                                ; preds = %2
  %5 = add nsw i32 %1, -2
  %6 = sdiv i32 %5, 2
  br label %7

7:                                                ; preds = %40, %4
  %8 = phi i32 [ %41, %40 ], [ %6, %4 ]
  %9 = shl nuw nsw i32 %8, 1
  %10 = or i32 %9, 1
  %11 = icmp slt i32 %10, %1
  br i1 %11, label %12, label %40

12:                                               ; preds = %7, %36
  %13 = phi i32 [ %38, %36 ], [ %10, %7 ]
  %14 = phi i32 [ %37, %36 ], [ %9, %7 ]
  %15 = phi i32 [ %28, %36 ], [ %8, %7 ]
  %16 = add i32 %14, 2
  %17 = icmp slt i32 %16, %1
  br i1 %17, label %18, label %27

18:                                               ; preds = %12
  %19 = sext i32 %16 to i64
  %20 = getelementptr inbounds i32, i32* %0, i64 %19
  %21 = load i32, i32* %20, align 4, !tbaa !5
  %22 = sext i32 %13 to i64
  %23 = getelementptr inbounds i32, i32* %0, i64 %22
  %24 = load i32, i32* %23, align 4, !tbaa !5
  %25 = icmp sgt i32 %21, %24
  %26 = select i1 %25, i32 %16, i32 %13
  br label %27

27:                                               ; preds = %18, %12
  %28 = phi i32 [ %13, %12 ], [ %26, %18 ]
  %29 = sext i32 %15 to i64
  %30 = getelementptr inbounds i32, i32* %0, i64 %29
  %31 = load i32, i32* %30, align 4, !tbaa !5
  %32 = sext i32 %28 to i64
  %33 = getelementptr inbounds i32, i32* %0, i64 %32
  %34 = load i32, i32* %33, align 4, !tbaa !5
  %35 = icmp slt i32 %31, %34
  br i1 %35, label %36, label %40

36:                                               ; preds = %27
  store i32 %34, i32* %30, align 4, !tbaa !5
  store i32 %31, i32* %33, align 4, !tbaa !5
  %37 = shl nsw i32 %28, 1
  %38 = or i32 %37, 1
  %39 = icmp slt i32 %38, %1
  br i1 %39, label %12, label %40

40:                                               ; preds = %36, %27, %7
  %41 = add nsw i32 %8, -1
  %42 = icmp sgt i32 %8, 0
  br i1 %42, label %7, label %43, !llvm.loop !9

43:                                               ; preds = %40
  %44 = icmp sgt i32 %1, 1
  br i1 %44, label %45, label %86

45:                                               ; preds = %43
  %46 = zext i32 %1 to i64
  br label %47

47:                                               ; preds = %45, %84
  %48 = phi i64 [ %46, %45 ], [ %49, %84 ]
  %49 = add nsw i64 %48, -1
  %50 = trunc i64 %49 to i32
  %51 = load i32, i32* %0, align 4, !tbaa !5
  %52 = and i64 %49, 4294967295
  %53 = getelementptr inbounds i32, i32* %0, i64 %52
  %54 = load i32, i32* %53, align 4, !tbaa !5
  store i32 %54, i32* %0, align 4, !tbaa !5
  store i32 %51, i32* %53, align 4, !tbaa !5
  %55 = icmp ugt i32 %50, 1
  br i1 %55, label %56, label %84

56:                                               ; preds = %47, %80
  %57 = phi i32 [ %82, %80 ], [ 1, %47 ]
  %58 = phi i32 [ %81, %80 ], [ 0, %47 ]
  %59 = phi i32 [ %72, %80 ], [ 0, %47 ]
  %60 = add i32 %58, 2
  %61 = icmp slt i32 %60, %50
  br i1 %61, label %62, label %71

62:                                               ; preds = %56
  %63 = sext i32 %60 to i64
  %64 = getelementptr inbounds i32, i32* %0, i64 %63
  %65 = load i32, i32* %64, align 4, !tbaa !5
  %66 = sext i32 %57 to i64
  %67 = getelementptr inbounds i32, i32* %0, i64 %66
  %68 = load i32, i32* %67, align 4, !tbaa !5
  %69 = icmp sgt i32 %65, %68
  %70 = select i1 %69, i32 %60, i32 %57
  br label %71

71:                                               ; preds = %62, %56
  %72 = phi i32 [ %57, %56 ], [ %70, %62 ]
  %73 = sext i32 %59 to i64
  %74 = getelementptr inbounds i32, i32* %0, i64 %73
  %75 = load i32, i32* %74, align 4, !tbaa !5
  %76 = sext i32 %72 to i64
  %77 = getelementptr inbounds i32, i32* %0, i64 %76
  %78 = load i32, i32* %77, align 4, !tbaa !5
  %79 = icmp slt i32 %75, %78
  br i1 %79, label %80, label %84

80:                                               ; preds = %71
  store i32 %78, i32* %74, align 4, !tbaa !5
  store i32 %75, i32* %77, align 4, !tbaa !5
  %81 = shl nsw i32 %72, 1
  %82 = or i32 %81, 1
  %83 = icmp slt i32 %82, %50
  br i1 %83, label %56, label %84

84:                                               ; preds = %71, %80, %47
  %85 = icmp sgt i64 %48, 2
  br i1 %85, label %47, label %86, !llvm.loop !11

86:                                               ; preds = %84, %2, %43
  ret void
}

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #1 {
  br label %1

1:                                                ; preds = %1, %0
  %2 = phi i64 [ 0, %0 ], [ %15, %1 ]
  %3 = phi i32 [ 7, %0 ], [ %12, %1 ]
  %4 = mul nsw i32 %3, 37
  %5 = add nsw i32 %4, 11
  %6 = srem i32 %5, 101
  %7 = add nsw i32 %6, -50
  %8 = getelementptr inbounds [64 x i32], [64 x i32]* @h, i64 0, i64 %2
  store i32 %7, i32* %8, align 8, !tbaa !5
  %9 = or i64 %2, 1
  %10 = mul nsw i32 %6, 37
  %11 = add nsw i32 %10, 11
  %12 = srem i32 %11, 101
  %13 = add nsw i32 %12, -50
  %14 = getelementptr inbounds [64 x i32], [64 x i32]* @h, i64 0, i64 %9
  store i32 %13, i32* %14, align 4, !tbaa !5
  %15 = add nuw nsw i64 %2, 2
  %16 = icmp eq i64 %15, 40
  br i1 %16, label %17, label %1, !llvm.loop !12

17:                                               ; preds = %1, %49
  %18 = phi i32 [ %50, %49 ], [ 19, %1 ]
  %19 = shl nuw nsw i32 %18, 1
  %20 = or i32 %19, 1
  br label %21

21:                                               ; preds = %17, %45
  %22 = phi i32 [ %47, %45 ], [ %20, %17 ]
  %23 = phi i32 [ %46, %45 ], [ %19, %17 ]
  %24 = phi i32 [ %37, %45 ], [ %18, %17 ]
  %25 = add i32 %23, 2
  %26 = icmp slt i32 %25, 40
  br i1 %26, label %27, label %36

27:                                               ; preds = %21
  %28 = sext i32 %25 to i64
  %29 = getelementptr inbounds [64 x i32], [64 x i32]* @h, i64 0, i64 %28
  %30 = load i32, i32* %29, align 8, !tbaa !5
  %31 = sext i32 %22 to i64
  %32 = getelementptr inbounds [64 x i32], [64 x i32]* @h, i64 0, i64 %31
  %33 = load i32, i32* %32, align 4, !tbaa !5
  %34 = icmp sgt i32 %30, %33
  %35 = select i1 %34, i32 %25, i32 %22
  br label %36

36:                                               ; preds = %27, %21
  %37 = phi i32 [ %22, %21 ], [ %35, %27 ]
  %38 = sext i32 %24 to i64
  %39 = getelementptr inbounds [64 x i32], [64 x i32]* @h, i64 0, i64 %38
  %40 = load i32, i32* %39, align 4, !tbaa !5
  %41 = sext i32 %37 to i64
  %42 = getelementptr inbounds [64 x i32], [64 x i32]* @h, i64 0, i64 %41
  %43 = load i32, i32* %42, align 4, !tbaa !5
  %44 = icmp slt i32 %40, %43
  br i1 %44, label %45, label %49

45:                                               ; preds = %36
  store i32 %43, i32* %39, align 4, !tbaa !5
  store i32 %40, i32* %42, align 4, !tbaa !5
  %46 = shl nsw i32 %37, 1
  %47 = or i32 %46, 1
  %48 = icmp slt i32 %47, 40
  br i1 %48, label %21, label %49

49:                                               ; preds = %45, %36
  %50 = add nsw i32 %18, -1
  %51 = icmp eq i32 %18, 0
  br i1 %51, label %52, label %17, !llvm.loop !9

52:                                               ; preds = %49
  tail call void @putarray(i32 noundef 15, i32* noundef getelementptr inbounds ([64 x i32], [64 x i32]* @h, i64 0, i64 0)) #3
  tail call void @heap_sort(i32* noundef getelementptr inbounds ([64 x i32], [64 x i32]* @h, i64 0, i64 0), i32 noundef 40)
  tail call void @putarray(i32 noundef 40, i32* noundef getelementptr inbounds ([64 x i32], [64 x i32]* @h, i64 0, i64 0)) #3
  %53 = load i32, i32* getelementptr inbounds ([64 x i32], [64 x i32]* @h, i64 0, i64 0), align 16, !tbaa !5
  br label %67

54:                                               ; preds = %67
  %55 = add nuw nsw i64 %69, 1
  %56 = getelementptr inbounds [64 x i32], [64 x i32]* @h, i64 0, i64 %55
  %57 = load i32, i32* %56, align 4, !tbaa !5
  %58 = icmp slt i32 %57, %71
  br i1 %58, label %76, label %59

59:                                               ; preds = %54
  %60 = add nuw nsw i64 %69, 2
  %61 = getelementptr inbounds [64 x i32], [64 x i32]* @h, i64 0, i64 %60
  %62 = load i32, i32* %61, align 4, !tbaa !5
  %63 = icmp slt i32 %62, %57
  br i1 %63, label %76, label %64

64:                                               ; preds = %59
  %65 = add nuw nsw i64 %69, 3
  %66 = icmp eq i64 %65, 40
  br i1 %66, label %73, label %67, !llvm.loop !13

67:                                               ; preds = %64, %52
  %68 = phi i32 [ %53, %52 ], [ %62, %64 ]
  %69 = phi i64 [ 1, %52 ], [ %65, %64 ]
  %70 = getelementptr inbounds [64 x i32], [64 x i32]* @h, i64 0, i64 %69
  %71 = load i32, i32* %70, align 4, !tbaa !5
  %72 = icmp slt i32 %71, %68
  br i1 %72, label %76, label %54

73:                                               ; preds = %64
  %74 = load i32, i32* getelementptr inbounds ([64 x i32], [64 x i32]* @h, i64 0, i64 39), align 4, !tbaa !5
  %75 = add nsw i32 %74, 100
  br label %76

76:                                               ; preds = %67, %54, %59, %73
  %77 = phi i32 [ %75, %73 ], [ 1, %59 ], [ 1, %54 ], [ 1, %67 ]
  ret i32 %77
}

declare void @putarray(i32 noundef, i32* noundef) local_unnamed_addr #2

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
