	.text
	.attribute	4, 16
	.attribute	5, "rv64i2p0_m2p0_a2p0_f2p0_d2p0_c2p0"
	.file	"parse_comparison_chains.sy"
	.globl	check                           # -- Begin function check
	.p2align	1
	.type	check,@function
check:                                  # @check
# %bb.0:
	addi	sp, sp, -16
	sd	ra, 8(sp)                       # 8-byte Folded Spill
	sd	s0, 0(sp)                       # 8-byte Folded Spill
	mv	s0, a0
	call	putint@plt
.LBB0_1:                                # Label of block must be emitted
	auipc	a0, %pcrel_hi(count)
	addi	a0, a0, %pcrel_lo(.LBB0_1)
	lw	a1, 0(a0)
	addw	a1, a1, s0
	sw	a1, 0(a0)
	ld	ra, 8(sp)                       # 8-byte Folded Reload
	ld	s0, 0(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 16
	ret
.Lfunc_end0:
	.size	check, .Lfunc_end0-check
                                        # -- End function
	.globl	main                            # -- Begin function main
	.p2align	1
	.type	main,@function
main:                                   # @main
# %bb.0:
	addi	sp, sp, -32
	sd	ra, 24(sp)                      # 8-byte Folded Spill
	sd	s0, 16(sp)                      # 8-byte Folded Spill
	sd	s1, 8(sp)                       # 8-byte Folded Spill
	li	a0, 0
	call	putint@plt
	li	a0, 1
	call	putint@plt
.LBB1_1:                                # Label of block must be emitted
	auipc	s0, %pcrel_hi(count)
	addi	s0, s0, %pcrel_lo(.LBB1_1)
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	sw	a0, 0(s0)
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	sw	a0, 0(s0)
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	sw	a0, 0(s0)
	li	a0, 0
	call	putint@plt
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	sw	a0, 0(s0)
	li	a0, 0
	call	putint@plt
	li	a0, 0
	call	putint@plt
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	sw	a0, 0(s0)
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	sw	a0, 0(s0)
	li	a0, 0
	call	putint@plt
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	sw	a0, 0(s0)
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	sw	a0, 0(s0)
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	sw	a0, 0(s0)
	li	a0, 1
	call	putint@plt
	lw	a0, 0(s0)
	addiw	a0, a0, 1
	sw	a0, 0(s0)
	li	a0, 10
	li	s1, 10
	call	putch@plt
	li	a0, 45
	call	putint@plt
	li	a0, 10
	call	putch@plt
	lw	a0, 0(s0)
	mulw	a0, a0, s1
	addiw	a0, a0, 45
	ld	ra, 24(sp)                      # 8-byte Folded Reload
	ld	s0, 16(sp)                      # 8-byte Folded Reload
	ld	s1, 8(sp)                       # 8-byte Folded Reload
	addi	sp, sp, 32
	ret
.Lfunc_end1:
	.size	main, .Lfunc_end1-main
                                        # -- End function
	.type	count,@object                   # @count
	.section	.sbss,"aw",@nobits
	.globl	count
	.p2align	2
count:
	.word	0                               # 0x0
	.size	count, 4

	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
