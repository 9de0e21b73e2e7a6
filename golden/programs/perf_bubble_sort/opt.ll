; ModuleID = 'perf_bubble_sort.sy'
source_filename = "perf_bubble_sort.sy"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

@a = dso_local local_unnamed_addr global [4000 x i32] zeroinitializer, align 16

; Function Attrs: nounwind uwtable
define dso_local i32 @main() local_unnamed_addr #0 {
  %1 = tail call i32 @getint() #2
  %2 = tail call i32 @getint() #2
  %3 = icmp sgt i32 %1, 0
  br i1 %3, label %6, label %4

4:                                                ; preds = %0
  tail call void @starttime() #2
  %5 = add i32 %1, -1
  tail call void @stoptime() #2
  br label %108

6:                                                ; preds = %0
  %7 = zext i32 %1 to i64
  br label %8

8:                                                ; preds = %6, %8
  %9 = phi i64 [ 0, %6 ], [ %17, %8 ]
  %10 = phi i32 [ %2, %6 ], [ %13, %8 ]
  %11 = mul nsw i32 %10, 1103
  %12 = add nsw i32 %11, 12345
  %13 = srem i32 %12, 1000003
  %14 = srem i32 %13, 20000
  %15 = add nsw i32 %14, -10000
  %16 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %9
  store i32 %15, i32* %16, align 4, !tbaa !5
  %17 = add nuw nsw i64 %9, 1
  %18 = icmp eq i64 %17, %7
  br i1 %18, label %19, label %8, !llvm.loop !9

19:                                               ; preds = %8
  tail call void @starttime() #2
  %20 = add i32 %1, -1
  %21 = icmp sgt i32 %1, 1
  br i1 %21, label %22, label %69

22:                                               ; preds = %19, %66
  %23 = phi i32 [ %67, %66 ], [ 0, %19 ]
  %24 = sub i32 %20, %23
  %25 = zext i32 %24 to i64
  %26 = icmp sgt i32 %20, %23
  br i1 %26, label %27, label %66

27:                                               ; preds = %22
  %28 = load i32, i32* getelementptr inbounds ([4000 x i32], [4000 x i32]* @a, i64 0, i64 0), align 16, !tbaa !5
  %29 = and i64 %25, 1
  %30 = icmp eq i32 %24, 1
  br i1 %30, label %55, label %31

31:                                               ; preds = %27
  %32 = and i64 %25, 4294967294
  br label %33

33:                                               ; preds = %51, %31
  %34 = phi i32 [ %28, %31 ], [ %52, %51 ]
  %35 = phi i64 [ 0, %31 ], [ %45, %51 ]
  %36 = phi i64 [ 0, %31 ], [ %53, %51 ]
  %37 = or i64 %35, 1
  %38 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %37
  %39 = load i32, i32* %38, align 4, !tbaa !5
  %40 = icmp sgt i32 %34, %39
  br i1 %40, label %41, label %43

41:                                               ; preds = %33
  %42 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %35
  store i32 %39, i32* %42, align 8, !tbaa !5
  store i32 %34, i32* %38, align 4, !tbaa !5
  br label %43

43:                                               ; preds = %41, %33
  %44 = phi i32 [ %34, %41 ], [ %39, %33 ]
  %45 = add nuw nsw i64 %35, 2
  %46 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %45
  %47 = load i32, i32* %46, align 8, !tbaa !5
  %48 = icmp sgt i32 %44, %47
  br i1 %48, label %49, label %51

49:                                               ; preds = %43
  %50 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %37
  store i32 %47, i32* %50, align 4, !tbaa !5
  store i32 %44, i32* %46, align 8, !tbaa !5
  br label %51

51:                                               ; preds = %49, %43
  %52 = phi i32 [ %44, %49 ], [ %47, %43 ]
  %53 = add i64 %36, 2
  %54 = icmp eq i64 %53, %32
  br i1 %54, label %55, label %33, !llvm.loop !11

55:                                               ; preds = %51, %27
  %56 = phi i32 [ %28, %27 ], [ %52, %51 ]
  %57 = phi i64 [ 0, %27 ], [ %45, %51 ]
  %58 = icmp eq i64 %29, 0
  br i1 %58, label %66, label %59

59:                                               ; preds = %55
  %60 = add nuw nsw i64 %57, 1
  %61 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %60
  %62 = load i32, i32* %61, align 4, !tbaa !5
  %63 = icmp sgt i32 %56, %62
  br i1 %63, label %64, label %66

64:                                               ; preds = %59
  %65 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %57
  store i32 %62, i32* %65, align 4, !tbaa !5
  store i32 %56, i32* %61, align 4, !tbaa !5
  br label %66

66:                                               ; preds = %55, %64, %59, %22
  %67 = add nuw nsw i32 %23, 1
  %68 = icmp eq i32 %67, %20
  br i1 %68, label %69, label %22, !llvm.loop !12

69:                                               ; preds = %66, %19
  tail call void @stoptime() #2
  br i1 %3, label %70, label %108

70:                                               ; preds = %69
  %71 = and i64 %7, 1
  %72 = icmp eq i32 %1, 1
  br i1 %72, label %98, label %73

73:                                               ; preds = %70
  %74 = and i64 %7, 4294967294
  br label %75

75:                                               ; preds = %75, %73
  %76 = phi i64 [ 0, %73 ], [ %92, %75 ]
  %77 = phi i32 [ 0, %73 ], [ %91, %75 ]
  %78 = phi i64 [ 0, %73 ], [ %93, %75 ]
  %79 = mul nsw i32 %77, 3
  %80 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %76
  %81 = load i32, i32* %80, align 8, !tbaa !5
  %82 = add nsw i32 %79, 10000
  %83 = add i32 %82, %81
  %84 = srem i32 %83, 1000003
  %85 = or i64 %76, 1
  %86 = mul nsw i32 %84, 3
  %87 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %85
  %88 = load i32, i32* %87, align 4, !tbaa !5
  %89 = add nsw i32 %86, 10000
  %90 = add i32 %89, %88
  %91 = srem i32 %90, 1000003
  %92 = add nuw nsw i64 %76, 2
  %93 = add i64 %78, 2
  %94 = icmp eq i64 %93, %74
  br i1 %94, label %95, label %75, !llvm.loop !13

95:                                               ; preds = %75
  %96 = mul nsw i32 %91, 3
  %97 = add nsw i32 %96, 10000
  br label %98

98:                                               ; preds = %95, %70
  %99 = phi i32 [ undef, %70 ], [ %91, %95 ]
  %100 = phi i64 [ 0, %70 ], [ %92, %95 ]
  %101 = phi i32 [ 10000, %70 ], [ %97, %95 ]
  %102 = icmp eq i64 %71, 0
  br i1 %102, label %108, label %103

103:                                              ; preds = %98
  %104 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %100
  %105 = load i32, i32* %104, align 4, !tbaa !5
  %106 = add i32 %101, %105
  %107 = srem i32 %106, 1000003
  br label %108

108:                                              ; preds = %103, %98, %4, %69
  %109 = phi i32 [ %20, %69 ], [ %5, %4 ], [ %20, %98 ], [ %20, %103 ]
  %110 = phi i32 [ 0, %69 ], [ 0, %4 ], [ %99, %98 ], [ %107, %103 ]
  %111 = load i32, i32* getelementptr inbounds ([4000 x i32], [4000 x i32]* @a, i64 0, i64 0), align 16, !tbaa !5
  tail call void @putint(i32 noundef %111) #2
  tail call void @putch(i32 noundef 32) #2
  %112 = sdiv i32 %1, 2
  %113 = sext i32 %112 to i64
  %114 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %113
  %115 = load i32, i32* %114, align 4, !tbaa !5
  tail call void @putint(i32 noundef %115) #2
  tail call void @putch(i32 noundef 32) #2
  %116 = sext i32 %109 to i64
  %117 = getelementptr inbounds [4000 x i32], [4000 x i32]* @a, i64 0, i64 %116
  %118 = load i32, i32* %117, align 4, !tbaa !5
  tail call void @putint(i32 noundef %118) #2
  tail call void @putch(i32 noundef 10) #2
  tail call void @putint(i32 noundef %110) #2
  tail call void @putch(i32 noundef 10) #2
  %119 = srem i32 %110, 256
  ret i32 %119
}

declare i32 @getint() local_unnamed_addr #1

declare void @starttime() local_unnamed_addr #1

declare void @stoptime() local_unnamed_addr #1

declare void @putint(i32 noundef) local_unnamed_addr #1

declare void @putch(i32 noundef) local_unnamed_addr #1

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
!11 = distinct !{!11, !10}
!12 = distinct !{!12, !10}
!13 = distinct !{!13, !10}
